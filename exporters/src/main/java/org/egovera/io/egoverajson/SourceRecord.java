package org.egovera.io.egoverajson;

/** One record of an eGovERA JSON file: what every kind of record has. */
public sealed interface SourceRecord permits CapabilityRecord, ServiceRecord, BuildingBlockRecord {

    /** The record's identifier: a code such as {@code TXBC1} in 2021, a URI in release 6.0. */
    String id();

    /** The policy domain as the file writes it ({@code Tax }, {@code Taxes}, {@code Health}...). */
    String policy();

    String name();

    /** The line the record starts on, for messages. */
    int line();
}
