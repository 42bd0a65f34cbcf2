package org.digitalpractice.catalogue;

import org.commonmark.node.Heading;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code lessons/NN-name.md}, in the order of their number prefix. */
final class LessonReader {

    private static final Pattern FILE_NAME = Pattern.compile("([0-9]{2})-[a-z0-9]+(?:-[a-z0-9]+)*\\.md");

    private LessonReader() {
    }

    static List<Lesson> readAll(ModuleFiles moduleFiles, String folderName, Set<String> referenceIds) {
        if (!moduleFiles.hasFolder("lessons")) {
            throw ModuleProblem.inFile(folderName, "the folder is missing");
        }
        // Other files (images, for example) may sit beside the lessons.
        var files = moduleFiles.inFolder("lessons").stream().filter(path -> path.endsWith(".md")).sorted().toList();
        var byNumber = new HashMap<Integer, String>();
        var lessons = files.stream().map(file -> {
            var fileName = file.substring("lessons/".length());
            var name = folderName + "/" + fileName;
            var matcher = FILE_NAME.matcher(fileName);
            if (!matcher.matches()) {
                throw ModuleProblem.inFile(name,
                        "the file name must be two digits, a hyphen and a lower-case name, like '01-why-it-matters.md'");
            }
            var number = Integer.parseInt(matcher.group(1));
            var other = byNumber.putIfAbsent(number, fileName);
            if (other != null) {
                throw ModuleProblem.inFile(name, "lesson number " + matcher.group(1) + " is also used by " + other);
            }
            return read(name, number, fileName, moduleFiles.text(file, name), referenceIds);
        }).sorted(Comparator.comparingInt(Lesson::number)).toList();
        if (lessons.size() < 3 || lessons.size() > 6) {
            throw ModuleProblem.inFile(folderName,
                    "the folder has " + lessons.size() + " lessons; a module needs 3 to 6");
        }
        return lessons;
    }

    static Lesson read(String name, int number, String fileName, String markdown, Set<String> referenceIds) {
        var document = Markdown.parse(markdown);
        if (!(document.getFirstChild() instanceof Heading heading) || heading.getLevel() != 1
                || Markdown.text(heading).isEmpty()) {
            var line = document.getFirstChild() == null ? 1 : Markdown.line(document.getFirstChild());
            throw ModuleProblem.atLine(name, line, "the lesson must start with its title as a level-1 heading, "
                    + "like '# Why it matters'");
        }
        Markdown.firstFlaw(document, referenceIds).ifPresent(flaw -> {
            throw ModuleProblem.atLine(name, flaw.line(), "has " + flaw.description());
        });
        var title = Markdown.text(heading);
        heading.unlink();
        var html = Markdown.html(document);
        return new Lesson(number, fileName, title, markdown, html, Markdown.wordCount(html));
    }
}
