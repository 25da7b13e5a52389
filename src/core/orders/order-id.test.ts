import { describe, expect, it } from 'vitest';
import { kindByName } from '../kinds/registry.js';
import { orderId } from './order-id.js';

describe('orderId', () => {
  it('is ORD-, the date as YYMMDD and four Crockford base32 characters', () => {
    expect(orderId('2026-12-01', new Uint8Array([0, 31, 32 + 10, 255]))).toBe('ORD-261201-0ZAZ');
  });

  it('always matches the order id pattern', () => {
    const pattern = kindByName('order').idPattern;
    for (let b = 0; b < 256; b++) expect(orderId('2027-01-15', new Uint8Array([b, b, b, b]))).toMatch(pattern);
  });
});
