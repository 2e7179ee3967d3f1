package dk.sikkerby.indberetning.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from the build folder. */
public class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Sikker By Indberetning " + (v == null ? "development" : v)};
    }
}
