package org.digitalpractice.catalogue.versions;

import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.catalogue.ModuleReader;
import org.digitalpractice.catalogue.TrainingModule;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.infrastructure.Database;
import org.digitalpractice.session.people.People;

import javax.sql.DataSource;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The modules a council's learners can take: the shared library plus the council's own. Stores each distinct
 * content as a numbered version with its files, and reads versions back, caching them (a version never changes).
 */
@ApplicationScoped
public class Catalogue {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Inject
    Clock clock;
    @Inject
    Catalogue self;

    private final Map<Long, TrainingModule> parsed = new ConcurrentHashMap<>();

    /** A module as a learner meets it: its catalogue entry, and the content of one version. */
    public record Offered(CatalogueEntry entry, ModuleVersion version, TrainingModule module) {
        public String slug() {
            return entry.slug();
        }
    }

    /**
     * Stores the files as the module's newest version, unless a version with the same content exists. Returns the
     * version holding this content.
     */
    @Transactional
    public ModuleVersion store(String owner, String slug, ModuleFiles files, TrainingModule module, String source,
                               String by) {
        var entry = em.merge(entry(owner, slug)
                .or(() -> Optional.ofNullable(self.insertEntry(owner, slug, by)))
                .or(() -> entry(owner, slug))
                .orElseThrow(() -> new IllegalStateException("Cannot create the catalogue entry " + owner + "/" + slug)));
        var hash = files.contentHash();
        var existing = versions(entry.id()).stream().filter(v -> v.contentHash().equals(hash)).findFirst();
        if (existing.isPresent()) {
            // Content put back as it was makes that version current again; nothing new is stored.
            if (!existing.get().id().equals(entry.currentVersionRef())) {
                entry.publish(existing.get(), clock.instant(), by);
                recordPublication(entry, existing.get(), by, null);
            }
            return existing.get();
        }
        int number = versions(entry.id()).stream().mapToInt(ModuleVersion::versionNumber).max().orElse(0) + 1;
        var version = new ModuleVersion(entry.id(), number, hash, module.title(), source, clock.instant());
        em.persist(version);
        em.flush();
        writeFiles(version.id(), files);
        entry.publish(version, clock.instant(), by);
        recordPublication(entry, version, by, null);
        return version;
    }

    /**
     * Offers new learners the content of an earlier publication again, as a new publication: learners part-way
     * through keep the version they started.
     */
    @Transactional
    public Publication restore(CatalogueEntry entry, int number, String by) {
        var merged = em.merge(entry);
        var earlier = publication(merged.id(), number).orElseThrow(() ->
                new IllegalArgumentException("No publication " + number + " of " + merged.slug()));
        var version = em.find(ModuleVersion.class, earlier.versionRef());
        merged.publish(version, clock.instant(), by);
        return recordPublication(merged, version, by, number);
    }

    /** A council's publications of a module, in order; the shared library's modules have none. */
    public List<Publication> publications(long moduleRef) {
        return em.createQuery("select p from Publication p where p.moduleRef = :m order by p.number", Publication.class)
                .setParameter("m", moduleRef).getResultList();
    }

    public Optional<Publication> publication(long moduleRef, int number) {
        return em.createQuery("select p from Publication p where p.moduleRef = :m and p.number = :n", Publication.class)
                .setParameter("m", moduleRef).setParameter("n", number).getResultStream().findFirst();
    }

    private Publication recordPublication(CatalogueEntry entry, ModuleVersion version, String by, Integer restoredFrom) {
        if (entry.isLibrary()) {
            return null;
        }
        var number = publications(entry.id()).stream().mapToInt(Publication::number).max().orElse(0) + 1;
        var publication = new Publication(entry.id(), number, version.id(), clock.instant(), by, restoredFrom);
        em.persist(publication);
        return publication;
    }

    /** Two nodes starting together may both try to create an entry: the unique key lets one win. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CatalogueEntry insertEntry(String owner, String slug, String by) {
        try {
            var entry = new CatalogueEntry(owner, slug, CatalogueEntry.Status.DRAFT, clock.instant(), by);
            em.persist(entry);
            em.flush();
            return entry;
        } catch (RuntimeException lostRace) {
            return null;
        }
    }

    public Optional<CatalogueEntry> entry(String owner, String slug) {
        return em.createQuery("select e from CatalogueEntry e where e.owner = :owner and e.slug = :slug",
                        CatalogueEntry.class)
                .setParameter("owner", owner).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public List<ModuleVersion> versions(long moduleRef) {
        return em.createQuery("select v from ModuleVersion v where v.moduleRef = :m order by v.versionNumber",
                        ModuleVersion.class)
                .setParameter("m", moduleRef).getResultList();
    }

    /** The published modules a council's learners may take, by title: its own first if a slug is in both. */
    public List<Offered> forCouncil(long deploymentRef) {
        return offered(deploymentRef, Optional.empty());
    }

    /** One module, as {@link #forCouncil(long)} would list it, read on its own: module pages ask on every request. */
    public Optional<Offered> forCouncil(long deploymentRef, String slug) {
        return offered(deploymentRef, Optional.of(slug)).stream().findFirst();
    }

    private List<Offered> offered(long deploymentRef, Optional<String> slug) {
        // A council's archived copy still hides the library module of that slug: archiving means "not offered".
        var entries = em.createQuery("select e from CatalogueEntry e where ((e.owner = :library and e.status = :published) "
                        + "or (e.owner = :council and e.status <> :draft))"
                        + (slug.isPresent() ? " and e.slug = :slug" : ""), CatalogueEntry.class)
                .setParameter("published", CatalogueEntry.Status.PUBLISHED)
                .setParameter("draft", CatalogueEntry.Status.DRAFT)
                .setParameter("library", CatalogueEntry.LIBRARY)
                .setParameter("council", CatalogueEntry.ownerOf(deploymentRef));
        slug.ifPresent(wanted -> entries.setParameter("slug", wanted));
        var bySlug = new TreeMap<String, CatalogueEntry>();
        for (var entry : entries.getResultList()) {
            bySlug.merge(entry.slug(), entry, (a, b) -> a.isLibrary() ? b : a);
        }
        var offered = new ArrayList<Offered>();
        for (var entry : bySlug.values()) {
            if (entry.status() != CatalogueEntry.Status.PUBLISHED) {
                continue;
            }
            var version = em.find(ModuleVersion.class, entry.currentVersionRef());
            offered.add(new Offered(entry, version, module(version)));
        }
        offered.sort(Comparator.comparing(o -> o.module().title()));
        return offered;
    }

    /**
     * The entries a council's learner may have started under this slug, offered or not: the library's and the
     * council's own (an archived module, or the library module a council has since adapted).
     */
    public List<CatalogueEntry> entriesFor(long deploymentRef, String slug) {
        return em.createQuery("select e from CatalogueEntry e where e.slug = :slug "
                        + "and (e.owner = :library or e.owner = :council) and e.currentVersionRef is not null",
                        CatalogueEntry.class)
                .setParameter("slug", slug)
                .setParameter("library", CatalogueEntry.LIBRARY)
                .setParameter("council", CatalogueEntry.ownerOf(deploymentRef))
                .getResultList();
    }

    /** A particular version, as a learner who started it sees it, even after newer versions appear. */
    public Offered offered(long versionRef) {
        var version = em.find(ModuleVersion.class, versionRef);
        var entry = em.find(CatalogueEntry.class, version.moduleRef());
        return new Offered(entry, version, module(version));
    }

    public TrainingModule module(ModuleVersion version) {
        return parsed.computeIfAbsent(version.id(), id -> {
            var entry = em.find(CatalogueEntry.class, version.moduleRef());
            return new ModuleReader().read(entry.slug(), files(id));
        });
    }

    public ModuleFiles files(long versionRef) {
        var contents = new TreeMap<String, byte[]>();
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement(
                     "select path, encoding, content from module_file where version_ref = ?")) {
            query.setLong(1, versionRef);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    var content = rows.getString(3);
                    contents.put(rows.getString(1), "base64".equals(rows.getString(2))
                            ? Base64.getDecoder().decode(content) : content.getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the files of module version " + versionRef, e);
        }
        return new ModuleFiles(contents);
    }

    private void writeFiles(long versionRef, ModuleFiles files) {
        try (var connection = dataSource.getConnection();
             var insert = connection.prepareStatement(
                     "insert into module_file (version_ref, path, encoding, content) values (?, ?, ?, ?)")) {
            for (var path : files.paths()) {
                var bytes = files.bytes(path);
                var text = utf8(bytes);
                insert.setLong(1, versionRef);
                insert.setString(2, path);
                insert.setString(3, text.isPresent() ? "utf-8" : "base64");
                insert.setString(4, text.orElseGet(() -> Base64.getEncoder().encodeToString(bytes)));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the files of module version " + versionRef, e);
        }
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Takes an erased trainer's name off their council's own modules they changed last and published; the modules
     * stay. Names are stored as text, so every module changed under the same name in the council goes too.
     */
    @Transactional
    public int forgetName(long deploymentRef, String name) {
        var publications = em.createNativeQuery("update publication set published_by = ? where published_by = ? "
                        + "and module_ref in (select id from training_module where owner = ?)")
                .setParameter(1, People.NAME_REMOVED).setParameter(2, name)
                .setParameter(3, CatalogueEntry.ownerOf(deploymentRef)).executeUpdate();
        return publications + em.createNativeQuery("update training_module set updated_by = ? where updated_by = ? and owner = ?")
                .setParameter(1, People.NAME_REMOVED).setParameter(2, name)
                .setParameter(3, CatalogueEntry.ownerOf(deploymentRef)).executeUpdate();
    }
}
