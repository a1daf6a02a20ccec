"use client";
// Tells the page that embeds this frame how tall the content is, whenever it changes, so the
// iframe grows and shrinks with it (embed.js listens; it checks the message came from this frame).
import { useEffect } from "react";

export function Resizer() {
  useEffect(() => {
    if (window.parent === window) return;
    // The content's own box, not the document: the page is at least as tall as the frame, so
    // measuring the document would let the frame grow but never shrink.
    const root = document.getElementById("embed-root");
    if (!root) return;
    let last = 0;
    const send = () => {
      const height = Math.ceil(root.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: "marquee:resize", height }, "*");
    };
    // The frame is as tall as its content, so it never needs to scroll; a focus or scrollIntoView
    // during a resize would otherwise leave the content shifted up inside it.
    const unscroll = () => {
      if (window.scrollY !== 0) window.scrollTo(0, 0);
    };
    const observer = new ResizeObserver(() => {
      send();
      requestAnimationFrame(unscroll);
    });
    observer.observe(root);
    window.addEventListener("scroll", unscroll);
    send();
    return () => {
      observer.disconnect();
      window.removeEventListener("scroll", unscroll);
    };
  }, []);
  return null;
}
