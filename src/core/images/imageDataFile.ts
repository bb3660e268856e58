// The names and the format shared by the image table's code (table/, shipped as its own script) and the thin part the
// bundle keeps (imageTableScript.ts and the modules that re-export it): constants only, so that neither side pulls in
// the other.

/** The curated image rows' data file (generated/imageTable.data, see ../dataFiles.ts). */
export const IMAGE_DATA_FILE = 'imageTable.data';
/** The image table's code, shipped beside the bundle and run on the first lookup of an image (imageTableScript.ts). */
export const IMAGE_TABLE_SCRIPT = 'imageTable.js';

/** The first field of the data file's first line: a file of another shape is refused, not misread. */
export const IMAGE_DATA_FORMAT = 'port-lens-images/1';

/** The data file's first line. */
export interface ImageDataHeader {
  format: typeof IMAGE_DATA_FORMAT;
  rowCount: number;
  /** The length of the rows' text (without the last line break): a file cut short or with lines added shows. */
  rowsLength: number;
  /** The keys of the images that have rows for some of their tags (`wordpress:fpm`). */
  taggedImages: string[];
  /** Other names of images (data/imageAliases.ts), each key to the key its row is under; absent when none. */
  aliases?: Record<string, string>;
}
