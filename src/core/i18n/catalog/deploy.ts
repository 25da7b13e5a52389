// Catalogue section 'deploy' (see ../catalog.ts): the words of `styr init` that
// make a repository deployable — the pinned styr dependency (--styr-spec), the
// refusal of a folder holding another governance repository, and the summary
// init prints. `en` is typed from `sv`.

export const sv = {
  'help.init.styrSpec':
    'styr-beroendet som det nya repositoriet fastställer, en npm-specifikation: version, namn@version, git-adress, file:-tarboll eller https-tarboll (standard: det här paketet i den version som körs)',
  'deploy.spec.invalid':
    '--styr-spec {spec} är ingen npm-specifikation (till exempel styr-cli@0.2.0, en git-adress, file:styr-cli-0.2.0.tgz eller en https-adress till en tarboll)',
  'deploy.spec.insecure': '--styr-spec {spec}: styr hämtas inte över okrypterad http; använd https',
  'deploy.spec.missing': '--styr-spec {spec}: {path} finns inte',
  'deploy.otherRepository':
    '{target} innehåller redan ett annat styrningsrepositorium ({file}{organisation, select, none {} other {, {organisation}}}); styr init skriver inte i det, med --force inte heller. Välj en tom mapp.',
  'deploy.summary.records': 'styr.yaml och {n, plural, one {# exempelpost} other {# exempelposter}}',
  'deploy.summary.example': 'styr.yaml och exempelkommunens {n, plural, one {# post} other {# poster}}',
  'deploy.summary.schemas': '{n, plural, one {# schema} other {# scheman}} i .styr/schemas/ (redigeraren kompletterar och förklarar fälten utan nätverk)',
  'deploy.summary.ci': 'CI för GitHub Actions och GitLab, en pre-commit-krok i .githooks/, README.md',
  'deploy.summary.dependency': 'package.json fastställer {name} {spec}',
  'deploy.summary.skipped': 'Lämnade {n, plural, one {# fil} other {# filer}} orörda (samma innehåll fanns redan).',
};

export const en: { readonly [K in keyof typeof sv]: string } = {
  'help.init.styrSpec':
    'the styr dependency the new repository pins, an npm spec: version, name@version, git URL, file: tarball or https tarball (default: this package at the running version)',
  'deploy.spec.invalid': '--styr-spec {spec} is not an npm spec (for example styr-cli@0.2.0, a git URL, file:styr-cli-0.2.0.tgz or an https address of a tarball)',
  'deploy.spec.insecure': '--styr-spec {spec}: styr is not fetched over unencrypted http; use https',
  'deploy.spec.missing': '--styr-spec {spec}: {path} does not exist',
  'deploy.otherRepository':
    '{target} already holds another governance repository ({file}{organisation, select, none {} other {, {organisation}}}); styr init does not write into it, with --force neither. Choose an empty folder.',
  'deploy.summary.records': 'styr.yaml and {n, plural, one {# example record} other {# example records}}',
  'deploy.summary.example': "styr.yaml and the example municipality's {n, plural, one {# record} other {# records}}",
  'deploy.summary.schemas': '{n, plural, one {# schema} other {# schemas}} in .styr/schemas/ (editors complete and explain the fields offline)',
  'deploy.summary.ci': 'CI for GitHub Actions and GitLab, a pre-commit hook in .githooks/, README.md',
  'deploy.summary.dependency': 'package.json pins {name} {spec}',
  'deploy.summary.skipped': 'Left {n, plural, one {# file} other {# files}} alone (the same content was already there).',
};
