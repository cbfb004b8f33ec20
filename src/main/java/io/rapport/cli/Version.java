package io.rapport.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"Rapport " + (v == null ? "development build" : v)};
    }
}
