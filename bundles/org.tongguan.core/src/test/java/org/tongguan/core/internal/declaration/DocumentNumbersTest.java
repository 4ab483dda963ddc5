package org.tongguan.core.internal.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongguan.core.RuleViolation;
import org.tongguan.core.declaration.DocumentService;
import org.tongguan.core.persistence.Transactions;
import org.tongguan.core.security.UserContext;
import org.tongguan.core.testing.TestDatabase;
import org.tongguan.core.testing.TestPolicy;

/**
 * 企业内部编号 are counted per type and enterprise, one after the other: none skipped by a document not made, none by
 * a new service on the same database (a restart), none given twice when documents are made side by side.
 */
class DocumentNumbersTest {
    private static final UserContext SYSTEM = UserContext.system("test");
    private TestDatabase db;
    private DocumentService documents;

    @BeforeEach
    void setUp() {
        db = new TestDatabase("org/tongguan/core/db/changelog.xml");
        documents = service();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private DocumentService service() {
        return new TestDocuments(db, new TestPolicy(), null).add(new DocumentServiceTest.Bom()).service();
    }

    private String create(DocumentService service, String enterprise) {
        return service.create(SYSTEM, "bom", Map.of("etps", enterprise, "kind", "A")).etpsPreentNo();
    }

    @Test
    void eachEnterpriseHasItsOwnCount() {
        assertEquals("BOM6101000001000001", create(documents, "6101000001"));
        assertEquals("BOM6101000001000002", create(documents, "6101000001"));
        assertEquals("BOM3111000002000001", create(documents, "3111000002"));
        assertEquals("BOM6101000001000003", create(documents, "6101000001"));
    }

    @Test
    void aDocumentNotMadeTakesNoNumber() {
        create(documents, "6101000001");
        assertThrows(RuleViolation.class, () -> Transactions.write(db.jpa(), "", em -> {
            create(documents, "6101000001");
            throw new RuleViolation("document.notFound", "x"); // the caller's work fails after the number was taken
        }));

        assertEquals("BOM6101000001000002", create(documents, "6101000001"));
    }

    @Test
    void aRestartedServiceGoesOnWithoutAGap() {
        create(documents, "6101000001");
        create(documents, "6101000001");

        assertEquals("BOM6101000001000003", create(service(), "6101000001"));
    }

    @Test
    void documentsMadeSideBySideGetOneNumberEach() throws Exception {
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<String>> makers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                makers.add(() -> create(documents, "6101000009"));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(makers)) {
                numbers.add(f.get());
            }
            numbers.sort(null);
            assertEquals(IntStream.rangeClosed(1, n).mapToObj(i -> String.format("BOM6101000009%06d", i)).toList(),
                    numbers);
        } finally {
            pool.shutdownNow();
        }
    }
}
