package io.rapport.template;

/** How a template is used: times, by how many agents, and how much agents change it after inserting (0..1). */
public record TemplateUsage(String templateId, long uses, long agents, double averageEditShare) {
}
