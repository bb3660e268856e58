// The image table's code as one script (scripts/coreData.mjs bundles this file as imageTable.js): the bundle keeps only
// a thin part that runs it on the first lookup of an image (../imageTableScript.ts), so that activation does not pay
// to load it (docs/benchmarks.md, "image table at activation"). start() is all the script exports.
import { catalogTableLoading, catalogTableRows, installCatalogTable, onCatalogTableInstalled, setCatalogTableSource } from './catalogTable';
import { curatedTable, readImageData } from './curatedTable';
import { setImageTableHost, type ImageTableHost } from './host';
import { catalogImageRows, imageRows, isGeneratedImage, lookupImage, tagImageRows } from './lookupImage';

/** What the bundle calls: each function as its module here defines it. */
export interface ImageTableApi {
  lookupImage: typeof lookupImage;
  isGeneratedImage: typeof isGeneratedImage;
  imageRows: typeof imageRows;
  tagImageRows: typeof tagImageRows;
  catalogImageRows: typeof catalogImageRows;
  installCatalogTable: typeof installCatalogTable;
  setCatalogTableSource: typeof setCatalogTableSource;
  catalogTableLoading: typeof catalogTableLoading;
  onCatalogTableInstalled: typeof onCatalogTableInstalled;
  catalogTableRows: typeof catalogTableRows;
  curatedTable: typeof curatedTable;
  readImageData: typeof readImageData;
}

/** Runs once per run of the script: the tables start empty, and read their data files through `host`. */
export function start(host: ImageTableHost): ImageTableApi {
  setImageTableHost(host);
  return {
    lookupImage, isGeneratedImage, imageRows, tagImageRows, catalogImageRows, installCatalogTable, setCatalogTableSource,
    catalogTableLoading, onCatalogTableInstalled, catalogTableRows, curatedTable, readImageData,
  };
}
