/**
 * The pane's icons, drawn here as inline SVG (bundled, nothing fetched):
 * 20-pixel line icons in the spirit of Fluent's, coloured by currentColor.
 */
const PATHS = {
  calculate: "M5 2.5h10a1.5 1.5 0 0 1 1.5 1.5v12a1.5 1.5 0 0 1-1.5 1.5H5A1.5 1.5 0 0 1 3.5 16V4A1.5 1.5 0 0 1 5 2.5ZM6 5h8v3H6ZM6.5 11h1M9.5 11h1M12.5 11h1M6.5 14h1M9.5 14h1M12.5 14h1",
  check: "M10 2.5a7.5 7.5 0 1 1 0 15 7.5 7.5 0 0 1 0-15ZM6.5 10.2l2.3 2.3 4.7-4.9",
  table: "M3.5 4.5h13v11h-13ZM3.5 8h13M3.5 11.5h13M8 8v7.5",
  eraser: "M11.5 3.8 16.2 8.5a1 1 0 0 1 0 1.4L10.6 15.5H7.2L3.8 12.1a1 1 0 0 1 0-1.4ZM7.2 15.5h9M7 7.9l5.1 5.1",
  undo: "M4.5 4.5v4h4M4.8 8.4A6 6 0 1 1 5.5 14",
  refresh: "M15.5 4.5v4h-4M15.2 8.4A6 6 0 1 0 14.5 14",
  write: "M4 16h3.2l8.3-8.3a1.6 1.6 0 0 0 0-2.2l-1-1a1.6 1.6 0 0 0-2.2 0L4 12.8ZM11.3 5.5l3.2 3.2",
  error: "M10 2.5a7.5 7.5 0 1 1 0 15 7.5 7.5 0 0 1 0-15ZM7.5 7.5l5 5M12.5 7.5l-5 5",
  warning: "M10 3 17.5 16.5h-15ZM10 8v4M10 14.2v.3",
  info: "M10 2.5a7.5 7.5 0 1 1 0 15 7.5 7.5 0 0 1 0-15ZM10 9v5M10 6.2v.3",
} as const;

export type IconName = keyof typeof PATHS;

const SVG = "http://www.w3.org/2000/svg";

export function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 20 20");
  svg.setAttribute("width", "16");
  svg.setAttribute("height", "16");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.setAttribute("class", `icon icon-${name}`);
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", PATHS[name]);
  svg.append(path);
  return svg;
}
