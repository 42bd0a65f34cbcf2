package org.digitalpractice.catalogue;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Content Markdown to the HTML a page may show: rendered by CommonMark, cleaned by a safelist (trainers may paste
 * HTML, and none of it may run), then given GOV.UK Frontend classes.
 */
public final class Markdown {

    /** Something in the Markdown that would not work for a learner, at a line of the Markdown text (from 1). */
    record Flaw(int line, String description) {
    }

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    private static final Safelist SAFELIST = Safelist.none()
            .addTags("p", "br", "strong", "em", "b", "i", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h2", "h3", "h4", "hr", "table", "caption", "thead", "tbody", "tr", "th", "td", "a", "img")
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", "http", "https", "#")
            .addAttributes("img", "src", "alt", "title")
            .addProtocols("img", "src", "http", "https")
            .addAttributes("ol", "start")
            .addAttributes("th", "scope", "colspan", "rowspan")
            .addAttributes("td", "colspan", "rowspan");

    private static final Map<String, String> GOVUK_CLASSES = Map.ofEntries(
            Map.entry("p", "govuk-body"),
            Map.entry("a", "govuk-link"),
            Map.entry("ul", "govuk-list govuk-list--bullet"),
            Map.entry("ol", "govuk-list govuk-list--number"),
            Map.entry("h2", "govuk-heading-m"),
            Map.entry("h3", "govuk-heading-s"),
            Map.entry("h4", "govuk-heading-s"),
            Map.entry("blockquote", "govuk-inset-text"),
            Map.entry("hr", "govuk-section-break govuk-section-break--m govuk-section-break--visible"),
            Map.entry("table", "govuk-table"),
            Map.entry("caption", "govuk-table__caption"),
            Map.entry("thead", "govuk-table__head"),
            Map.entry("tbody", "govuk-table__body"),
            Map.entry("tr", "govuk-table__row"),
            Map.entry("th", "govuk-table__header"),
            Map.entry("td", "govuk-table__cell"));

    private Markdown() {
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    public static String html(String markdown) {
        return html(parse(markdown));
    }

    /** Renders {@code document}, changing its heading levels in place: the page owns h1, and GOV.UK styles h2-h4. */
    static String html(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.max(2, Math.min(4, heading.getLevel())));
                visitChildren(heading);
            }
        });
        var page = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(RENDERER.render(document)));
        page.body().select("*").forEach(element -> {
            var classes = GOVUK_CLASSES.get(element.tagName());
            if (classes != null) {
                element.addClass(classes);
            }
        });
        // An image with no alt text fails a learner's screen reader: it is never shown (authoring refuses it).
        page.body().select("img").stream().filter(image -> image.attr("alt").isBlank()).forEach(Element::remove);
        page.outputSettings().prettyPrint(false);
        return page.body().html().strip();
    }

    /**
     * What each image left without alt text after cleaning points to ("an image" when it points nowhere): written as
     * HTML, such an image passes the Markdown check, and {@link #html} leaves it out.
     */
    public static List<String> undescribedImages(String markdown) {
        var page = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(RENDERER.render(parse(markdown))));
        return page.body().select("img").stream().filter(image -> image.attr("alt").isBlank())
                .map(image -> image.attr("src").isBlank() ? "an image" : "'" + image.attr("src") + "'").toList();
    }

    /** The text a reader sees in {@code node}, without markup. */
    static String text(Node node) {
        var text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                text.append(' ');
            }
        });
        return text.toString().strip();
    }

    static int line(Node node) {
        for (var at = node; at != null; at = at.getParent()) {
            if (!at.getSourceSpans().isEmpty()) {
                return at.getSourceSpans().get(0).getLineIndex() + 1;
            }
        }
        return 1;
    }

    public static int wordCount(String html) {
        var words = 0;
        for (var word : Jsoup.parseBodyFragment(html).text().split("\\s+")) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }

    /**
     * The first image without alt text, or link that goes nowhere once sanitised: a link must be http(s) or name a
     * reference as {@code #ref-<id>}, because the safelist silently drops any other target.
     */
    static Optional<Flaw> firstFlaw(Node document, Set<String> referenceIds) {
        var flaws = new ArrayList<Flaw>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (text(image).isEmpty()) {
                    flaws.add(new Flaw(line(image),
                            "an image with no alt text ('" + image.getDestination() + "')"));
                }
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                linkFlaw(link, referenceIds).ifPresent(flaws::add);
                visitChildren(link);
            }
        });
        return flaws.stream().findFirst();
    }

    private static Optional<Flaw> linkFlaw(Link link, Set<String> referenceIds) {
        var target = link.getDestination();
        if (target.startsWith("https://") || target.startsWith("http://")) {
            return Optional.empty();
        }
        if (target.startsWith("#ref-")) {
            return referenceIds.contains(target.substring("#ref-".length())) ? Optional.empty()
                    : Optional.of(new Flaw(line(link), "a link to '" + target
                    + "', which names no reference in module.yaml"));
        }
        return Optional.of(new Flaw(line(link), "a link to '" + target
                + "', which goes nowhere: link to an http(s) address, or to a reference as '#ref-<id>'"));
    }
}
