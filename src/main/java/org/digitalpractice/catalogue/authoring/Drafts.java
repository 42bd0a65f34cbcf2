package org.digitalpractice.catalogue.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.catalogue.versions.Catalogue;
import org.digitalpractice.catalogue.versions.CatalogueEntry;
import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.catalogue.versions.ModuleVersion;
import org.digitalpractice.catalogue.versions.Publication;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.session.people.People;
import org.digitalpractice.session.Viewer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A council's drafts and what a trainer does with them: copy a library module, import a zip, save a part, publish
 * as a new version, archive. Each action and its audit entry happen in one transaction.
 */
@ApplicationScoped
public class Drafts {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Catalogue catalogue;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** A slug as this council sees it; another council's module, or none at all, is not found. */
    public CouncilModule locate(Viewer viewer, String slug) {
        var library = catalogue.entry(CatalogueEntry.LIBRARY, slug)
                .filter(e -> e.currentVersionRef() != null);
        var own = catalogue.entry(CatalogueEntry.ownerOf(viewer.deployment().id()), slug)
                .filter(e -> e.currentVersionRef() != null);
        var draft = find(viewer.deployment().id(), slug);
        if (library.isEmpty() && own.isEmpty() && draft.isEmpty()) {
            throw Problem.notFound("There is no module called '" + slug + "' for " + viewer.councilName() + ".");
        }
        return new CouncilModule(slug, library, own, draft);
    }

    /** Every module the council's trainers can see: the library's and the council's own, by slug. */
    public List<CouncilModule> all(Viewer viewer) {
        var slugs = new java.util.TreeSet<String>();
        em.createQuery("select e.slug from CatalogueEntry e where (e.owner = :library or e.owner = :council) "
                        + "and e.currentVersionRef is not null", String.class)
                .setParameter("library", CatalogueEntry.LIBRARY)
                .setParameter("council", CatalogueEntry.ownerOf(viewer.deployment().id()))
                .getResultList().forEach(slugs::add);
        of(viewer.deployment().id()).forEach(d -> slugs.add(d.slug()));
        return slugs.stream().map(slug -> locate(viewer, slug)).toList();
    }

    public Optional<ModuleDraft> find(long deploymentRef, String slug) {
        return em.createQuery("select d from ModuleDraft d where d.deploymentRef = :d and d.slug = :slug",
                        ModuleDraft.class)
                .setParameter("d", deploymentRef).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public List<ModuleDraft> of(long deploymentRef) {
        return em.createQuery("select d from ModuleDraft d where d.deploymentRef = :d order by d.slug",
                        ModuleDraft.class)
                .setParameter("d", deploymentRef).getResultList();
    }

    /** The draft's title as its details give it, for lists and headings; the short name if it has none. */
    public String title(ModuleDraft draft) {
        var title = ContentYaml.load(files(draft).text("module.yaml", "module.yaml")).get("title");
        return title == null ? draft.slug() : String.valueOf(title);
    }

    /** The titles of every module the council's trainers see, by short name: a new module's title must differ. */
    public Map<String, String> titles(Viewer viewer) {
        var titles = new java.util.TreeMap<String, String>();
        for (var module : all(viewer)) {
            titles.put(module.slug(), module.draft().map(this::title).orElseGet(() -> em.find(ModuleVersion.class,
                    module.offered().orElseThrow().currentVersionRef()).title()));
        }
        return titles;
    }

    public ModuleFiles files(ModuleDraft draft) {
        var texts = new TreeMap<String, String>();
        for (var file : rows(draft.id())) {
            texts.put(file.path(), file.content());
        }
        return ModuleFiles.ofText(texts);
    }

    /** Starts the council's own copy of a library module, to adapt to local policy. */
    @Transactional
    public ModuleDraft copy(Viewer viewer, CatalogueEntry library) {
        var version = em.find(ModuleVersion.class, library.currentVersionRef());
        var draft = create(viewer, library.slug(), "library version " + version.versionNumber(),
                catalogue.files(version.id()));
        audit.record(viewer, AuditEntry.Action.COPY, library.slug(), version.versionNumber(),
                "Copied library version " + version.versionNumber() + " to adapt");
        return draft;
    }

    /**
     * Starts a new module of the council's own under its own title, from a library module's files as a worked
     * example of every part.
     */
    @Transactional
    public ModuleDraft start(Viewer viewer, String slug, String title, CatalogueEntry library) {
        var version = em.find(ModuleVersion.class, library.currentVersionRef());
        var files = catalogue.files(version.id());
        var details = new java.util.LinkedHashMap<>(ContentYaml.load(files.text("module.yaml", "module.yaml")));
        details.put("title", title);
        var contents = new TreeMap<>(files.contents());
        contents.put("module.yaml", ContentYaml.dump(details).getBytes(StandardCharsets.UTF_8));
        var draft = create(viewer, slug, "library module " + library.slug(), new ModuleFiles(contents));
        audit.record(viewer, AuditEntry.Action.COPY, slug, null, "Started \"" + title + "\" from library module "
                + library.slug() + " version " + version.versionNumber());
        return draft;
    }

    /** Puts an imported module in the council's draft of that slug, replacing what the draft held. */
    @Transactional
    public ModuleDraft importFiles(Viewer viewer, String slug, ModuleFiles files, String fileName) {
        var draft = find(viewer.deployment().id(), slug).orElse(null);
        if (draft == null) {
            draft = create(viewer, slug, "import of " + fileName, files);
        } else {
            replaceAll(draft, files);
            draft.changed(clock.instant(), viewer.person().displayName());
        }
        audit.record(viewer, AuditEntry.Action.IMPORT, slug, null,
                "Imported " + fileName + " (" + files.paths().size() + " files) into the draft");
        return draft;
    }

    /** Replaces one file of the draft (already checked), or removes it when {@code content} is empty. */
    @Transactional
    public void save(Viewer viewer, ModuleDraft draft, String path, Optional<String> content) {
        var merged = em.merge(draft);
        var existing = rows(merged.id()).stream().filter(f -> f.path().equals(path)).findFirst();
        existing.ifPresent(em::remove);
        em.flush();
        content.ifPresent(text -> em.persist(new DraftFile(merged.id(), path, text)));
        merged.changed(clock.instant(), viewer.person().displayName());
    }

    /** Stores the draft as the council's newest version and offers it to new learners. */
    @Transactional
    public ModuleVersion publish(Viewer viewer, ModuleDraft draft) {
        var files = files(draft);
        var module = DraftCheck.check(draft.slug(), files, "module.yaml");
        var owner = CatalogueEntry.ownerOf(viewer.deployment().id());
        var before = catalogue.entry(owner, draft.slug()).map(CatalogueEntry::currentVersionRef).orElse(null);
        var version = catalogue.store(owner, draft.slug(), files, module, "authoring", viewer.person().displayName());
        var entry = catalogue.entry(owner, draft.slug()).orElseThrow();
        var number = catalogue.publications(entry.id()).stream().mapToInt(Publication::number).max()
                .orElse(version.versionNumber());
        audit.record(viewer, AuditEntry.Action.PUBLISH, draft.slug(), number,
                version.id().equals(before) ? "Published again with no changes" : "Published \"" + module.title() + "\"");
        return version;
    }

    /**
     * Publishes an earlier publication's content again as the newest, and makes the draft that content, so that the
     * next change starts from what learners now get.
     */
    @Transactional
    public Publication restore(Viewer viewer, CatalogueEntry entry, ModuleDraft draft, int number) {
        var publication = catalogue.restore(entry, number, viewer.person().displayName());
        var merged = em.merge(draft);
        replaceAll(merged, catalogue.files(publication.versionRef()));
        merged.changed(clock.instant(), viewer.person().displayName());
        audit.record(viewer, AuditEntry.Action.RESTORE, entry.slug(), publication.number(),
                "Rolled back to version " + number + " as version " + publication.number());
        return publication;
    }

    @Transactional
    public void archive(Viewer viewer, CatalogueEntry entry) {
        var merged = em.merge(entry);
        if (merged.isLibrary() || !merged.owner().equals(CatalogueEntry.ownerOf(viewer.deployment().id()))) {
            throw Problem.forbidden("Only your council's own modules can be archived.");
        }
        merged.archive(clock.instant(), viewer.person().displayName());
        var version = em.find(ModuleVersion.class, merged.currentVersionRef());
        audit.record(viewer, AuditEntry.Action.ARCHIVE, merged.slug(), version.versionNumber(),
                "Archived: new learners no longer see it; learners who started it keep their progress");
    }

    private ModuleDraft create(Viewer viewer, String slug, String basedOn, ModuleFiles files) {
        var draft = new ModuleDraft(viewer.deployment().id(), slug, basedOn, clock.instant(),
                viewer.person().displayName());
        em.persist(draft);
        em.flush();
        replaceAll(draft, files);
        return draft;
    }

    private void replaceAll(ModuleDraft draft, ModuleFiles files) {
        rows(draft.id()).forEach(em::remove);
        em.flush();
        for (var path : files.paths()) {
            em.persist(new DraftFile(draft.id(), path, new String(files.bytes(path), StandardCharsets.UTF_8)));
        }
        em.flush();
    }

    private List<DraftFile> rows(long draftRef) {
        return em.createQuery("select f from DraftFile f where f.draftRef = :d order by f.path", DraftFile.class)
                .setParameter("d", draftRef).getResultList();
    }

    /** Takes an erased trainer's name off their council's drafts they saved last, as {@link AuditTrail#forgetName}. */
    @Transactional
    public int forgetName(long deploymentRef, String name) {
        return em.createNativeQuery("update module_draft set updated_by = ? where updated_by = ? and deployment_ref = ?")
                .setParameter(1, People.NAME_REMOVED).setParameter(2, name).setParameter(3, deploymentRef)
                .executeUpdate();
    }
}
