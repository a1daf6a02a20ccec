// The ticket's QR PNG is drawn by hand (qr-png.ts), so it is read back here by hand too: the
// pixels must be qrcode's modules, scaled, inside a one-module white quiet zone.
import { describe, it, expect } from "vitest";
import { inflateSync } from "node:zlib";
import QRCode from "qrcode";
import { qrPng } from "./qr-png";

/** The PNG's size, bit depth and pixels (true = black), from its IHDR and IDAT chunks. */
function readPng(png: Buffer) {
  let at = 8;
  let width = 0;
  let depth = 0;
  const data: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") [width, depth] = [body.readUInt32BE(0), body[8]!];
    if (type === "IDAT") data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const rowBytes = Math.ceil((width * depth) / 8) + 1;
  const black = (x: number, y: number) => {
    expect(raw[y * rowBytes]).toBe(0); // no row filter
    const byte = raw[y * rowBytes + 1 + ((x * depth) >> 3)]!;
    return depth === 1 ? ((byte >> (7 - (x & 7))) & 1) === 0 : byte === 0;
  };
  return { width, depth, black };
}

describe("a ticket's QR code as a PNG", () => {
  it("given a ticket code, when drawn at 240 px, then every pixel is its module's colour", () => {
    const code = "tkt_0mx53xptyv5bs0zvegmd6yc50.5f3a9c";
    const modules = QRCode.create(code, { errorCorrectionLevel: "M" }).modules;
    const png = qrPng(code, 240);
    const { width, depth, black } = readPng(png);
    const cells = modules.size + 2;
    const scale = Math.floor(240 / cells);
    expect(width).toBe(cells * scale);
    expect(depth).toBe(1);
    for (let y = 0; y < width; y++)
      for (let x = 0; x < width; x++) {
        const [mx, my] = [Math.floor(x / scale) - 1, Math.floor(y / scale) - 1];
        const inside = mx >= 0 && my >= 0 && mx < modules.size && my < modules.size;
        expect(black(x, y)).toBe(inside && !!modules.get(my, mx));
      }
  });
});
