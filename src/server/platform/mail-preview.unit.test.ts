import { describe, it, expect } from "vitest";
import { maskSecretLinks } from "./mail-preview";

describe("a mail preview", () => {
  it("hides links that act as keys, keeping their label", () => {
    const html =
      '<p>Join us</p><a href="https://shop.example/studio/invite/abcDEF123_-xyz0987654321" style="x">Accept</a>';
    expect(maskSecretLinks(html)).toBe(
      '<p>Join us</p><span style="x" title="link hidden">Accept (link hidden)</span>',
    );
  });

  it("hides bare verification URLs, with their query", () => {
    const text = "Open http://localhost:3000/studio/verify/abcdefghijklmnopqrstuvwxyz?next=%2Fstudio now";
    expect(maskSecretLinks(text)).toBe("Open [link hidden] now");
  });

  it("leaves every other link alone", () => {
    const html = '<a href="https://shop.example/s/demo/orders/ord_1?sig=abc">Your order</a>';
    expect(maskSecretLinks(html)).toBe(html);
  });
});
