// Record text is data. Printed as it is, an escape sequence in a title (ESC [ … m,
// an OSC 8 link, cursor movement, a new window title) would drive the terminal, and a
// bidirectional override would show the text in another order than it is written. Every
// terminal and diagram output passes record text through here first: control characters
// become visible — C0 as their Unicode control pictures (ESC as ␛), DEL as ␡, C1 and
// bidirectional controls as U+FFFD.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function picture(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/** Text with its control characters made visible; line breaks and tabs stay. */
export function visibleText(text: string): string {
  return text.replace(CONTROL, picture);
}

/** Text on one line: line breaks and tabs become spaces, other control characters visible. */
export function visibleLine(text: string): string {
  return text.replace(/\r\n|[\n\t]/g, ' ').replace(CONTROL_OR_BREAK, picture);
}

/** Every control character visible, line breaks and tabs too (␊, ␉): for names and lines that must show what they hold. */
export function visibleAll(text: string): string {
  return text.replace(CONTROL_OR_BREAK, picture);
}
