import { SaxPart, Tag } from './sax';

/** What a cell style says that the engine needs: struck-through text. */
export interface CellStyle {
  readonly struck: boolean;
}

/** xl/styles.xml: fonts (strike-through) and the cell formats (cellXfs) that point at them. */
export class StylesPart extends SaxPart {
  private readonly fontStruck: boolean[] = [];
  private readonly xfFonts: number[] = [];
  private inFonts = false;
  private inFont = false;
  private inCellXfs = false;

  protected open(name: string, tag: Tag): void {
    switch (name) {
      case 'fonts':
        this.inFonts = true;
        break;
      case 'font':
        if (this.inFonts) {
          this.inFont = true;
          this.fontStruck.push(false);
        }
        break;
      case 'strike':
        if (this.inFont && tag.attributes.val !== '0' && tag.attributes.val !== 'false') this.fontStruck[this.fontStruck.length - 1] = true;
        break;
      case 'cellXfs':
        this.inCellXfs = true;
        break;
      case 'xf':
        if (this.inCellXfs) this.xfFonts.push(Number(tag.attributes.fontId ?? 0));
        break;
    }
  }

  protected close(name: string): void {
    if (name === 'fonts') this.inFonts = false;
    else if (name === 'font') this.inFont = false;
    else if (name === 'cellXfs') this.inCellXfs = false;
  }

  /** Style indices (a cell's s="…") whose font is struck through. */
  struckStyles(): ReadonlySet<number> {
    const struck = new Set<number>();
    this.xfFonts.forEach((font, xf) => {
      if (this.fontStruck[font]) struck.add(xf);
    });
    return struck;
  }
}
