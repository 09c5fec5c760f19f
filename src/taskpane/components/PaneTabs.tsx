import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";

export type PaneTabItem<T extends string> = { readonly value: T; readonly label: string };

export type PaneTabsProps<T extends string> = {
  readonly tabs: readonly PaneTabItem<T>[];
  readonly selected: T;
  readonly onSelect: (value: T) => void;
  /** The name of the button that opens the tabs that do not fit. */
  readonly moreLabel: string;
};

const useStyles = makeStyles({
  tabs: {
    marginInline: `calc(${tokens.spacingHorizontalM} * -1)`,
    // The overflow manager measures the list: it must not grow past the pane.
    minWidth: 0,
    overflow: "hidden",
  },
  more: { display: "flex", alignItems: "center", flexShrink: 0 },
  moreButton: { minWidth: "auto", paddingInline: tokens.spacingHorizontalS },
});

/**
 * The pane's tab bar. Tabs that do not fit the pane's width (a narrow pane, a wide font, a long word) move
 * into a "more" menu at the end, as Fluent's overflow pattern does; the selected tab always stays in the bar.
 */
export function PaneTabs<T extends string>({ tabs, selected, onSelect, moreLabel }: PaneTabsProps<T>) {
  const styles = useStyles();
  return (
    // No reserve beyond the tabs themselves: the list has no padding of its own.
    <Overflow minimumVisible={1} padding={0}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(data.value as T)}
      >
        {tabs.map((tab) => (
          <OverflowItem key={tab.value} id={tab.value} priority={tab.value === selected ? 2 : 1}>
            <Tab value={tab.value}>{tab.label}</Tab>
          </OverflowItem>
        ))}
        <MoreTabs
          tabs={tabs}
          onSelect={onSelect}
          label={moreLabel}
          className={styles.more}
          buttonClass={styles.moreButton}
        />
      </TabList>
    </Overflow>
  );
}

type MoreTabsProps<T extends string> = {
  readonly tabs: readonly PaneTabItem<T>[];
  readonly onSelect: (value: T) => void;
  readonly label: string;
  readonly className: string;
  readonly buttonClass: string;
};

function MoreTabs<T extends string>({ tabs, onSelect, label, className, buttonClass }: MoreTabsProps<T>) {
  const { ref, isOverflowing } = useOverflowMenu<HTMLDivElement>();
  if (!isOverflowing) return null;
  return (
    <div ref={ref} className={className}>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button appearance="transparent" className={buttonClass} aria-label={label}>
            …
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {tabs.map((tab) => (
              <HiddenTab key={tab.value} tab={tab} onSelect={onSelect} />
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
    </div>
  );
}

function HiddenTab<T extends string>({
  tab,
  onSelect,
}: {
  readonly tab: PaneTabItem<T>;
  readonly onSelect: (value: T) => void;
}) {
  const visible = useIsOverflowItemVisible(tab.value);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(tab.value)}>{tab.label}</MenuItem>;
}
