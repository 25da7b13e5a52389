// Catalogue section 'io' (see ../catalog.ts): what styr says when reading or
// writing a file fails (`io.*`: the file, the operation and the system's
// reason in words), when a write is refused (a symbolic link, a lock, an
// output folder that is not safe to write into) and the problem of a
// symbolically linked record. `en` is typed from `sv`.
//
// Quoted values use ”…” (sv) and “…” (en): an ASCII apostrophe before `{`
// would quote the placeholder in ICU MessageFormat.

export const sv = {
  'io.cannotRead': 'kan inte läsa {file}: {reason}',
  'io.cannotWrite': 'kan inte skriva {file}: {reason}',
  'io.cannotAccess': 'kan inte öppna {file}: {reason}',
  'io.reason.EACCES': 'åtkomst nekad',
  'io.reason.ENOSPC': 'disken är full',
  'io.reason.EDQUOT': 'diskkvoten är slut',
  'io.reason.EISDIR': 'det är en mapp',
  'io.reason.ENOTDIR': 'en del av sökvägen är ingen mapp',
  'io.reason.ENOENT': 'finns inte',
  'io.reason.EROFS': 'filsystemet är skrivskyddat',
  'io.reason.EEXIST': 'finns redan',
  'io.reason.EMFILE': 'för många öppna filer',
  'io.reason.EIO': 'in- eller utmatningsfel på disken',
  'io.reason.ELOOP': 'för många symboliska länkar i rad',
  'io.reason.ENAMETOOLONG': 'namnet är för långt',
  'io.reason.EBUSY': 'filen används',
  'io.unsafe.symbolic-link': '{file} är en symbolisk länk; styr skriver aldrig genom en länk. Ta bort länken eller välj en annan mapp.',
  'io.unsafe.folder': '{file} är en mapp; styr skriver bara vanliga filer',
  'io.unsafe.special': '{file} är ingen vanlig fil; styr skriver bara vanliga filer',
  'io.unsafe.outside': 'skriver inte {file}: sökvägen leder ut ur mappen (genom en symbolisk länk eller ..)',
  'io.locked': '{file} skrivs av en annan styr-process (låsfilen {lock} finns); inget skrevs. Om ingen styr kör, ta bort låsfilen.',
  'io.dataFolder.missing': 'datamappen {dir} finns inte',
  'io.dataFolder.notFolder': 'datamappen {dir} är ingen mapp',
  'io.out.dataFolder': '--out {dir} är datamappen eller en mapp i den; välj en mapp utanför datamappen',
  'io.out.containsData': '--out {dir} innehåller datamappen; välj en egen mapp för sidorna',
  'io.out.root': '--out {dir} är filsystemets rot; välj en egen mapp för sidorna',
  'io.out.home': '--out {dir} är hemmappen; välj en egen mapp för sidorna',
  'io.out.notFolder': '--out {dir} finns och är ingen mapp',
  'io.out.failed': 'kan inte skriva till {dir}: {reason}',
  'io.manifest.corrupt': 'varning: {file} är skadad och används inte ({reason}); inga gamla sidor tas bort',
  'io.manifest.notFile': 'varning: {file} är ingen vanlig fil och läses inte; inga gamla sidor tas bort',
  'problem.repo/symbolic-link.description':
    'En fil i en postmapp är en symbolisk länk. styr följer inga länkar i datamappen, så posten läses inte: en länk kan peka utanför förrådet och ändras utan att git ser det.',
  'problem.repo/symbolic-link.link': '”{file}” är en symbolisk länk och läses inte',
  'problem.repo/symbolic-link.link.hint': 'Ersätt länken med filen själv.',
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof sv]: string } = {
  'io.cannotRead': 'cannot read {file}: {reason}',
  'io.cannotWrite': 'cannot write {file}: {reason}',
  'io.cannotAccess': 'cannot open {file}: {reason}',
  'io.reason.EACCES': 'permission denied',
  'io.reason.ENOSPC': 'no space left on the disk',
  'io.reason.EDQUOT': 'disk quota exceeded',
  'io.reason.EISDIR': 'it is a folder',
  'io.reason.ENOTDIR': 'a part of the path is not a folder',
  'io.reason.ENOENT': 'does not exist',
  'io.reason.EROFS': 'the file system is read-only',
  'io.reason.EEXIST': 'already exists',
  'io.reason.EMFILE': 'too many open files',
  'io.reason.EIO': 'input/output error on the disk',
  'io.reason.ELOOP': 'too many symbolic links in a row',
  'io.reason.ENAMETOOLONG': 'the name is too long',
  'io.reason.EBUSY': 'the file is in use',
  'io.unsafe.symbolic-link': '{file} is a symbolic link; styr never writes through a link. Remove the link or choose another folder.',
  'io.unsafe.folder': '{file} is a folder; styr writes only regular files',
  'io.unsafe.special': '{file} is not a regular file; styr writes only regular files',
  'io.unsafe.outside': 'refusing to write {file}: the path leads out of the folder (through a symbolic link or ..)',
  'io.locked': '{file} is being written by another styr process (the lock file {lock} exists); nothing was written. If no styr is running, remove the lock file.',
  'io.dataFolder.missing': 'the data folder {dir} does not exist',
  'io.dataFolder.notFolder': 'the data folder {dir} is not a folder',
  'io.out.dataFolder': '--out {dir} is the data folder or inside it; choose a folder outside the data folder',
  'io.out.containsData': '--out {dir} holds the data folder; choose a folder of its own for the pages',
  'io.out.root': '--out {dir} is the root of the file system; choose a folder of its own for the pages',
  'io.out.home': '--out {dir} is the home folder; choose a folder of its own for the pages',
  'io.out.notFolder': '--out {dir} exists and is not a folder',
  'io.out.failed': 'cannot write to {dir}: {reason}',
  'io.manifest.corrupt': 'warning: {file} is damaged and not used ({reason}); no old pages are removed',
  'io.manifest.notFile': 'warning: {file} is not a regular file and is not read; no old pages are removed',
  'problem.repo/symbolic-link.description':
    'A file in a record folder is a symbolic link. styr follows no links in the data folder, so the record is not read: a link can point outside the repository and change without git seeing it.',
  'problem.repo/symbolic-link.link': '“{file}” is a symbolic link and is not read',
  'problem.repo/symbolic-link.link.hint': 'Replace the link with the file itself.',
};
