// One row of the embedded image table: what an image runs and listens on, as its source states it.
import type { ImageInfo } from '../types';

export interface ImageRow extends ImageInfo {
  /** Other references of the same image, normalised like `image` (`ghcr.io/owner/name`, an older
   *  Docker Hub name). */
  aliases?: string[];
  /** A word of the tag that selects this row over the image's own (`fpm` in `wordpress:6-fpm-alpine`). */
  tag?: string;
}
