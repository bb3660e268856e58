// What dockerfile-ast uses of vscode-languageserver-textdocument (TextDocument.create, and of the document it makes
// getText, positionAt and offsetAt, nothing else), put in its place when bundling dockerfileParser.js
// (scripts/dependencyShims.mjs). The package's incremental updates, edits and merge sort were 4.3 KB of the parser's
// script, about 1 KB of the .vsix, that no Dockerfile reading runs. These behave as the package's own (1.0.x):
// test/unit/shims.test.ts compares them, and fails if dockerfile-ast starts using anything else from the package.

interface Position {
  line: number;
  character: number;
}

interface Range {
  start: Position;
  end: Position;
}

const isEndOfLine = (code: number) => code === 13 || code === 10;

class ReadOnlyTextDocument {
  private lineOffsets: number[] | undefined;

  constructor(private readonly content: string) {}

  getText(range?: Range): string {
    return range ? this.content.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : this.content;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.content.length), 0);
    const lineOffsets = this.lines();
    let low = 0;
    let high = lineOffsets.length;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeEndOfLine(offset, lineOffsets[line]) - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.lines();
    if (position.line >= lineOffsets.length) return this.content.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.content.length;
    return this.beforeEndOfLine(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  /** Where each line starts: after \n, \r\n or a lone \r. */
  private lines(): number[] {
    if (this.lineOffsets) return this.lineOffsets;
    const text = this.content;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!isEndOfLine(code)) continue;
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
    return (this.lineOffsets = starts);
  }

  private beforeEndOfLine(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEndOfLine(this.content.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

export const TextDocument = {
  create(_uri: string, _languageId: string, _version: number, content: string): ReadOnlyTextDocument {
    return new ReadOnlyTextDocument(content);
  },
};
