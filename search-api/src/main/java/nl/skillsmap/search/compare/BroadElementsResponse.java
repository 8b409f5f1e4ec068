package nl.skillsmap.search.compare;

import java.util.List;

/** Work that recurs across many qualifications and domains: the transferable backbone of the structure. */
public record BroadElementsResponse(List<BroadElement> elements) {

    /**
     * @param title the most common wording of the work among its work processes
     */
    public record BroadElement(
            String title,
            int qualificationCount,
            int domainCount,
            List<String> domains,
            List<ElementWorkProcess> workProcesses) {}

    public record ElementWorkProcess(String id, String crebo, String title, String qualificationName) {}
}
