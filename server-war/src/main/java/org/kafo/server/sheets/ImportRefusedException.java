package org.kafo.server.sheets;

/** An import that cannot be applied, and nothing of it saved: its report says which rows and why. */
public class ImportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ImportReport report;

    public ImportRefusedException(ImportReport report) {
        super("the import of " + report.file() + " is refused: " + report.errors().size() + " error(s)", null, false, false);
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
