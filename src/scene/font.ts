/** The one font for 3D text: Pretendard cut to Latin, Hangul and lesson symbols, served from our origin. */
export const FONT_URL = new URL('fonts/climatexr.woff', document.baseURI).href;
