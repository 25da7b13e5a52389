// Flags in the repository's language: enum values by their Swedish or English
// label on every command, the allowed values listed when one is not, and
// partial ids answered with the ids that match.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governanceRepo } from './helpers/governance-repo.js';
import type { GovernanceRepo } from './helpers/governance-repo.js';

let r: GovernanceRepo;
beforeAll(() => {
  r = governanceRepo('valid');
});
afterAll(() => r.cleanup());

describe('enum flags take the value or its label in either language', () => {
  it('systems --lifecycle drift / "i drift" / production', () => {
    for (const value of ['drift', 'i drift', 'production', 'Production']) {
      const run = r.run(['systems', '--lifecycle', value, '--json']);
      expect(run.code, run.stderr).toBe(0);
      expect((JSON.parse(run.stdout) as { id: string }[]).map((s) => s.id).sort()).toEqual(['katalog', 'skolsystem']);
    }
  });

  it('order list --type projekt --status mottagen, and --status godkänd', () => {
    const received = r.run(['order', 'list', '--type', 'projekt', '--status', 'mottagen', '--json']);
    expect(received.code, received.stderr).toBe(0);
    expect((JSON.parse(received.stdout) as { id: string }[]).map((o) => o.id)).toEqual(['ORD-261115-A3BC']);
    const approved = r.run(['order', 'list', '--status', 'godkänd', '--json']);
    expect((JSON.parse(approved.stdout) as { id: string }[]).map((o) => o.id)).toEqual(['ORD-261020-7KQ2']);
  });

  it('roles --level strategisk', () => {
    const run = r.run(['roles', '--level', 'strategisk', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { id: string }[]).map((x) => x.id)).toEqual(['it-chef']);
  });

  it('a value that is none lists the allowed ones with their labels in the output language', () => {
    const run = r.run(['order', 'list', '--status', 'godkännd', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--status: “godkännd” is not an allowed value; allowed: received, in-preparation (in preparation), prepared');
    expect(run.stderr).toContain('did you mean “approved”?');
  });
});

describe('partial ids suggest the records that match', () => {
  it('systems --owner karin', () => {
    const run = r.run(['systems', '--owner', 'karin']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--owner: person ”karin” finns inte – menade du ”karin-testberg”?');
  });

  it('order show and log with the start of an order id', () => {
    const show = r.run(['order', 'show', 'ORD-26']);
    expect(show.code).toBe(2);
    expect(show.stderr).toContain('menade du ORD-261020-7KQ2, ORD-261115-A3BC?');
    const log = r.run(['log', 'ORD-261115']);
    expect(log.code).toBe(2);
    expect(log.stderr).toContain('menade du ”ORD-261115-A3BC”?');
  });
});
