/**
 * The iframe snippet that embeds a brief card, as oEmbed returns it and /widget shows it.
 * Rendered with hono/jsx, so the title and URL are escaped.
 */
export function iframeHtml(props: { src: string; width: number; height: number; title: string }): string {
  return (
    <iframe
      src={props.src}
      width={props.width}
      height={props.height}
      title={props.title}
      loading="lazy"
      style="border:0;max-width:100%"
      referrerpolicy="strict-origin-when-cross-origin"
    />
  ).toString();
}
