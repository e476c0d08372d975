package org.egovera.trace;

import org.egovera.model.ActorClass;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.BusinessProcess;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.Element;
import org.egovera.model.MemberState;
import org.egovera.model.Organisation;
import org.egovera.model.Platform;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.Task;

/** The words traces use for kinds of element, in one place. */
final class Kinds {

    static final String PROCESS = "process";
    static final String SUB_PROCESS = "sub-process";
    static final String TASK = "task";
    static final String SERVICE = "service";
    static final String BUILDING_BLOCK = "ABB";
    static final String SOLUTION = "SBB";
    static final String PLATFORM = "platform";
    static final String MEMBER_STATE = "Member State";
    static final String ORGANISATION = "organisation";
    static final String ACTOR_CLASS = "actor class";
    static final String CAPABILITY = "capability";

    private Kinds() {
    }

    /** The kind with its article, as sentences need it: "an ABB", "a service". */
    static String withArticle(Element element) {
        String kind = of(element);
        boolean vowelSound = "aeiouAEIO".indexOf(kind.charAt(0)) >= 0 || kind.startsWith("SBB");
        return (vowelSound ? "an " : "a ") + kind;
    }

    static String of(Element element) {
        if (element instanceof Task) {
            return TASK;
        }
        if (element instanceof BusinessProcess process) {
            return process.eContainer() instanceof BusinessProcess ? SUB_PROCESS : PROCESS;
        }
        if (element instanceof DigitalPublicService) {
            return SERVICE;
        }
        if (element instanceof ArchitectureBuildingBlock) {
            return BUILDING_BLOCK;
        }
        if (element instanceof SolutionBuildingBlock) {
            return SOLUTION;
        }
        if (element instanceof Platform) {
            return PLATFORM;
        }
        if (element instanceof MemberState) {
            return MEMBER_STATE;
        }
        if (element instanceof Organisation) {
            return ORGANISATION;
        }
        if (element instanceof ActorClass) {
            return ACTOR_CLASS;
        }
        if (element instanceof DigitalBusinessCapability) {
            return CAPABILITY;
        }
        return element.eClass().getName();
    }
}
