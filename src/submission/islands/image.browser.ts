/**
 * Resizes a poster image in the browser with a canvas, so the team sends the
 * editors a file small enough for the site: JPEG, at most MAX_WIDTH by
 * MAX_HEIGHT pixels, never enlarged. Nothing is uploaded.
 */
export const MAX_WIDTH = 1600;
export const MAX_HEIGHT = 2400;

export interface ResizedImage {
  blob: Blob;
  /** For the preview: a data: URL, which the site's CSP allows for images. */
  dataUrl: string;
  width: number;
  height: number;
}

/** The size that fits inside the limits, keeping the shape. */
export function fitWithin(width: number, height: number, maxW = MAX_WIDTH, maxH = MAX_HEIGHT): { width: number; height: number } {
  const scale = Math.min(1, maxW / width, maxH / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Throws an Error with a message for the person when the file is not an image the browser can read. */
export async function resizePoster(file: File): Promise<ResizedImage> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new Error('The selected file could not be read as an image. Choose a JPG or PNG file.');
  }
  const { width, height } = fitWithin(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Your browser could not resize the image. Send the original file with your email instead.');
  // A white background, so transparent parts of a PNG do not turn black in the JPEG.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  if (!blob) throw new Error('Your browser could not resize the image. Send the original file with your email instead.');
  return { blob, dataUrl: canvas.toDataURL('image/jpeg', 0.85), width, height };
}
