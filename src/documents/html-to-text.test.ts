import { describe, expect, it } from "vitest";
import { decodeHtmlEntities } from "./html-entities.js";
import { htmlToText } from "./html-to-text.js";

describe("htmlToText", () => {
  it("keeps headings, paragraphs and list items as lines", () => {
    const html =
      "<h1>Jane Doe</h1><p>Software <b>engineer</b></p><h2>Skills</h2>" +
      "<ul><li>TypeScript</li><li>Node<ul><li>Fastify</li></ul></li></ul><ol><li>one<li>two</ol>";
    expect(htmlToText(html)).toBe(
      "Jane Doe\nSoftware engineer\n\nSkills\n- TypeScript\n- Node\n  - Fastify\n1. one\n2. two",
    );
  });

  it("drops script, style, head metadata and comments", () => {
    const html =
      "<html><head><title>CV</title><style>p { color: red }</style><script>if (a < b) alert(1)</script></head>" +
      "<body><!-- <p>hidden</p> --><p>Visible</p><noscript>no js</noscript></body></html>";
    expect(htmlToText(html)).toBe("Visible");
  });

  it("collapses whitespace and turns <br> into line breaks", () => {
    expect(htmlToText("<p>  Senior\n   engineer  <br>Berlin </p>")).toBe("Senior engineer\nBerlin");
  });

  it("puts table cells of a row on one line separated by tabs", () => {
    const html =
      "<table><tr><td><p>2019 - 2023</p></td><td><p>Engineer</p></td></tr><tr><td>2015</td></tr></table>";
    expect(htmlToText(html)).toBe("2019 - 2023\tEngineer\n2015");
  });

  it("keeps preformatted text and a bare '<' in text", () => {
    expect(htmlToText("<pre>a\n  b</pre><p>5 < 6</p>")).toBe("a\n  b\n5 < 6");
  });

  it("leaves no line for empty list items or empty paragraphs", () => {
    expect(htmlToText("<ul><li></li><li><p>Go</p></li></ul><p> </p>")).toBe("- Go");
  });
});

describe("decodeHtmlEntities", () => {
  it("decodes named, decimal, hex and windows-1252 references", () => {
    expect(decodeHtmlEntities("R&amp;D &lt;b&gt; caf&eacute; &#8211; &#x2014; &#150; &nbsp;x &copy;")).toBe(
      "R&D <b> café – — –  x ©",
    );
  });

  it("leaves unknown references and invalid code points safe", () => {
    expect(decodeHtmlEntities("&unknown; &#0; AT&T")).toBe("&unknown; \uFFFD AT&T");
  });
});
