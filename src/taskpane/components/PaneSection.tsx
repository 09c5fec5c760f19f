import { AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** One collapsible section of a tab (an item of its Accordion), its title a level-3 heading. */
export function PaneSection({
  value,
  title,
  children,
}: {
  readonly value: string;
  readonly title: string;
  readonly children: ReactNode;
}) {
  return (
    <AccordionItem value={value}>
      <AccordionHeader as="h3">{title}</AccordionHeader>
      <AccordionPanel>{children}</AccordionPanel>
    </AccordionItem>
  );
}
