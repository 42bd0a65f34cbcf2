package org.digitalpractice.catalogue;

import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A node of a content YAML file with its path from the root ({@code questions[2].options[1]}). Working on the
 * composed node tree rather than on constructed maps keeps the line of every value, so problems can name it. Public
 * because the self-assessment framework (package assessment) is read the same way as modules.
 */
public record YamlNode(String file, String field, Node node) {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,9}");

    public static YamlNode parse(String file, String text) {
        Node root;
        try {
            root = new Yaml().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            var problem = "YAML syntax error: " + (e.getProblem() != null ? e.getProblem() : e.getMessage());
            throw new ModuleProblem(file, mark == null ? null : mark.getLine() + 1, null, problem);
        } catch (YAMLException e) {
            throw ModuleProblem.inFile(file, "YAML syntax error: " + e.getMessage());
        }
        if (root == null) {
            throw ModuleProblem.inFile(file, "the file is empty");
        }
        if (!(root instanceof MappingNode)) {
            throw ModuleProblem.atLine(file, line(root), "the file must be a set of 'name: value' fields");
        }
        return new YamlNode(file, "", root);
    }

    public int line() {
        return line(node);
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    public ModuleProblem problem(String problem) {
        return new ModuleProblem(file, line(), field.isEmpty() ? null : field, problem);
    }

    /** Rejects keys other than {@code known}, and repeated keys: a typo must not silently drop a value. */
    public YamlNode onlyFields(String... known) {
        var seen = new HashSet<String>();
        for (var tuple : tuples()) {
            var key = new YamlNode(file, child(keyOf(tuple)), tuple.getKeyNode());
            if (!List.of(known).contains(keyOf(tuple))) {
                throw key.problem("is not a known field; expected one of: " + String.join(", ", known));
            }
            if (!seen.add(keyOf(tuple))) {
                throw key.problem("appears more than once");
            }
        }
        return this;
    }

    public YamlNode field(String key) {
        return find(key).orElseThrow(() -> new ModuleProblem(file, line(), child(key), "is missing"));
    }

    /** An absent field and one left empty ({@code year:}) both count as not given. */
    public Optional<YamlNode> optionalField(String key) {
        return find(key).filter(value -> !isNull(value.node));
    }

    public String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw problem("must be text");
        }
        if (isNull(scalar) || scalar.getValue().isBlank()) {
            throw problem("is empty");
        }
        return scalar.getValue().strip();
    }

    /** Text of at most {@code limit} characters: what a page can show without breaking its layout. */
    public String text(int limit) {
        var text = text();
        if (text.length() > limit) {
            throw problem("is " + text.length() + " characters long; keep it to " + limit + " at most");
        }
        return text;
    }

    /** A calendar date, written as YAML writes dates: YYYY-MM-DD. */
    public java.time.LocalDate date() {
        if (node instanceof ScalarNode scalar) {
            try {
                return java.time.LocalDate.parse(scalar.getValue().strip());
            } catch (java.time.format.DateTimeParseException notADate) {
                // explained below
            }
        }
        throw problem("must be a date written as YYYY-MM-DD, such as 2026-12-02" + valueShown());
    }

    public int wholeNumber() {
        if (node instanceof ScalarNode scalar && WHOLE_NUMBER.matcher(scalar.getValue().strip()).matches()) {
            return Integer.parseInt(scalar.getValue().strip());
        }
        throw problem("must be a whole number" + valueShown());
    }

    public boolean flag() {
        // Quoted "true" is a string to YAML, but plainly meant as a flag.
        if (node instanceof ScalarNode scalar && (Tag.BOOL.equals(scalar.getTag())
                || List.of("true", "false").contains(scalar.getValue().strip().toLowerCase(Locale.ROOT)))) {
            return List.of("true", "yes", "on").contains(scalar.getValue().strip().toLowerCase(Locale.ROOT));
        }
        throw problem("must be true or false" + valueShown());
    }

    public List<YamlNode> items() {
        if (!(node instanceof SequenceNode sequence)) {
            throw problem("must be a list");
        }
        var items = new ArrayList<YamlNode>();
        for (var item : sequence.getValue()) {
            items.add(new YamlNode(file, field + "[" + items.size() + "]", item));
        }
        return items;
    }

    /** Shown after a type error so the trainer sees what was read, e.g. ", not 'forty'". */
    public String valueShown() {
        return node instanceof ScalarNode scalar && !isNull(scalar) ? ", not '" + scalar.getValue().strip() + "'" : "";
    }

    private Optional<YamlNode> find(String key) {
        return tuples().stream()
                .filter(tuple -> key.equals(keyOf(tuple)))
                .findFirst()
                .map(tuple -> new YamlNode(file, child(key), tuple.getValueNode()));
    }

    private List<NodeTuple> tuples() {
        if (!(node instanceof MappingNode mapping)) {
            throw problem("must be a set of 'name: value' fields");
        }
        return mapping.getValue();
    }

    private String keyOf(NodeTuple tuple) {
        if (tuple.getKeyNode() instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw new YamlNode(file, field, tuple.getKeyNode()).problem("has a field name that is not plain text");
    }

    private String child(String key) {
        return field.isEmpty() ? key : field + "." + key;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }
}
