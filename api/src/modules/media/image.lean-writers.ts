import {
  defaultArguments,
  leaf,
  listOf,
  properties,
  type FieldWriters,
  type LeanCompiler,
} from '../../graphql/lean-path.js';
import type { ImageFormat } from './image-processing.js';
import {
  imageUrl,
  sourcesOf,
  srcsetOf,
  widthFor,
  type ImageSourceType,
  type ImageType,
} from './image.types.js';

/** How the lean paths (graphql/lean-path.ts) write an Image from an ImageType, as ImageResolver does. */
export function imageWriters(compiler: LeanCompiler): FieldWriters<ImageType> {
  return {
    ...properties<ImageType>('id', 'alt', 'credit', 'width', 'height', 'widths'),
    url: (nodes, field) => {
      const { width, format } = defaultArguments(field) as { width: number; format: ImageFormat };
      return leaf<ImageType>((image) => imageUrl(image.key, widthFor(image, width), format))(
        nodes,
        field,
      );
    },
    srcset: (nodes, field) => {
      const { format } = defaultArguments(field) as { format: ImageFormat };
      return leaf<ImageType>((image) => srcsetOf(image, format))(nodes, field);
    },
    sources: listOf(
      compiler,
      'ImageSource',
      properties<ImageSourceType>('type', 'srcset'),
      sourcesOf,
    ),
  };
}
