import { describe, expect, it } from 'vitest';
import { BatchParser, parseLsTree, parseRaw } from './repository.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const ZERO = '0'.repeat(40);

describe('parseLsTree', () => {
  it('reads paths with newlines, tabs and quotes as they are, blobs only', () => {
    const out = [
      `100644 blob ${A}     12\tdata/roles/ny\nrad.yaml`,
      `100644 blob ${B}  1048577\tdata/roles/flik\there "x".yaml`,
      `160000 commit ${A}       -\tdata/sub`,
      '',
    ].join('\0');
    expect(parseLsTree(out)).toEqual([
      { path: 'data/roles/ny\nrad.yaml', oid: A, size: 12 },
      { path: 'data/roles/flik\there "x".yaml', oid: B, size: 1048577 },
    ]);
  });
});

describe('parseRaw', () => {
  it('reads modifications, additions, deletions and renames with their blobs', () => {
    const out = [
      `:100644 100644 ${A} ${B} M`,
      'roles/ny\nrad.yaml',
      `:000000 100644 ${ZERO} ${B} A`,
      'roles/åäö.yaml',
      `:100644 100644 ${A} ${A} R100`,
      'roles/x.yaml',
      'roles/x.yml',
      `:100644 000000 ${A} ${ZERO} D`,
      'roles/gone.yaml',
      '',
    ].join('\0');
    expect(parseRaw(out)).toEqual([
      { status: 'modified', path: 'roles/ny\nrad.yaml', previousBlob: A, blob: B },
      { status: 'added', path: 'roles/åäö.yaml', previousBlob: ZERO, blob: B },
      { status: 'renamed', path: 'roles/x.yml', previousPath: 'roles/x.yaml', previousBlob: A, blob: A },
      { status: 'deleted', path: 'roles/gone.yaml', previousBlob: A, blob: ZERO },
    ]);
  });
});

describe('BatchParser', () => {
  const object = (oid: string, content: string) => Buffer.from(`${oid} blob ${Buffer.byteLength(content)}\n${content}\n`);

  it('reads objects split across chunks at any point, and missing ones', () => {
    const stream = Buffer.concat([object(A, 'id: a\nname: "x\ny"\n'), Buffer.from(`${'c'.repeat(40)} missing\n`), object(B, '')]);
    for (let step = 1; step <= stream.length; step += 7) {
      const parser = new BatchParser(1024);
      for (let at = 0; at < stream.length; at += step) parser.push(stream.subarray(at, at + step));
      expect(parser.count).toBe(3);
      expect(parser.idle).toBe(true);
      expect(Buffer.from(parser.objects.get(A)!).toString()).toBe('id: a\nname: "x\ny"\n');
      expect(parser.objects.get(B)!.length).toBe(0);
    }
  });

  it('skips an object over the limit without keeping it', () => {
    const parser = new BatchParser(4);
    parser.push(Buffer.concat([object(A, 'too long'), object(B, 'ok')]));
    expect(parser.count).toBe(2);
    expect(parser.objects.has(A)).toBe(false);
    expect(Buffer.from(parser.objects.get(B)!).toString()).toBe('ok');
  });

  it('is not idle when the output ends inside an object', () => {
    const parser = new BatchParser(1024);
    parser.push(object(A, 'abcdef').subarray(0, 50));
    expect(parser.idle).toBe(false);
  });
});
