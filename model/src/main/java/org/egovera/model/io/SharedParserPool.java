package org.egovera.model.io;

import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/** One parser pool for the process: reusing SAX parsers makes repeated loads markedly faster. */
final class SharedParserPool {

    static final XMLParserPool INSTANCE = new XMLParserPoolImpl();

    private SharedParserPool() {
    }
}
