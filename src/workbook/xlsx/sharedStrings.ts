import { decodeEscapes, SaxPart, Tag } from './sax';

/**
 * xl/sharedStrings.xml: one string per <si>, its <t> runs joined, phonetic runs left out, and
 * whether every run with text is struck through (a planner's way of crossing out a former partner).
 */
export class SharedStringsPart extends SaxPart {
  readonly strings: string[] = [];
  /** Indices of strings whose every text run is struck through. */
  readonly struck = new Set<number>();
  private inPhonetic = false;
  private inRun = false;
  private runStruck = false;
  private runs = 0;
  private struckRuns = 0;

  protected open(name: string, tag: Tag): void {
    switch (name) {
      case 'si':
        this.text = '';
        this.runs = 0;
        this.struckRuns = 0;
        break;
      case 'r':
        this.inRun = true;
        this.runStruck = false;
        break;
      case 'strike':
        if (this.inRun && tag.attributes.val !== '0' && tag.attributes.val !== 'false') this.runStruck = true;
        break;
      case 't':
        if (!this.inPhonetic) {
          this.collect(true);
          this.runs++;
          if (this.inRun && this.runStruck) this.struckRuns++;
        }
        break;
      case 'rPh':
        this.inPhonetic = true;
        break;
    }
  }

  protected close(name: string): void {
    switch (name) {
      case 't':
        this.collect(false);
        break;
      case 'r':
        this.inRun = false;
        break;
      case 'rPh':
        this.inPhonetic = false;
        break;
      case 'si':
        if (this.runs > 0 && this.struckRuns === this.runs) this.struck.add(this.strings.length);
        this.strings.push(decodeEscapes(this.text));
        break;
    }
  }
}
