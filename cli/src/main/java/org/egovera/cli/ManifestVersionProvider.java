package org.egovera.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}, read from the jar manifest written by the build. */
public final class ManifestVersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Package cliPackage = Egovera.class.getPackage();
        String version = cliPackage == null ? null : cliPackage.getImplementationVersion();
        return new String[] {
                "egovera " + (version == null ? "(development build)" : version),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")" };
    }
}
