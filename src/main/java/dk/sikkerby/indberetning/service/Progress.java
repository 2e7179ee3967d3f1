package dk.sikkerby.indberetning.service;

/** Where long work (import, export) reports how far it has come. Called from the worker thread. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void update(long done, long total);
}
