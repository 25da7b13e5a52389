import { describe, expect, it } from 'vitest';
import { mermaidLabel } from '../render/mermaid.js';
import { visibleLine, visibleText } from './visible.js';

describe('visibleText', () => {
  it('shows C0 controls as control pictures, DEL as ␡, C1 and bidirectional controls as U+FFFD', () => {
    expect(visibleText('a\u001b[2Jb\u0007c\u007fd\u009be\u202ef')).toBe('a␛[2Jb␇c␡d\ufffde\ufffdf');
  });

  it('keeps line breaks and tabs, and text in any script', () => {
    expect(visibleText('Åsa\tÖrn\nرسالة 日本')).toBe('Åsa\tÖrn\nرسالة 日本');
  });

  it('on one line, turns line breaks and tabs into spaces and a lone carriage return visible', () => {
    expect(visibleLine('a\r\nb\nc\td\re')).toBe('a b c d␍e');
  });

  it('is used for Mermaid labels', () => {
    expect(mermaidLabel('System \u001b]0;x\u0007')).toBe('System ␛#93;0#59;x␇');
  });
});
