import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * A wide table's horizontal scroll, reachable by keyboard: when its content is wider than the
 * screen (a phone), the region takes the focus so the arrow keys scroll it (WCAG 2.1.1). The
 * table inside keeps its natural width (`minWidth: 'max-content'`) rather than scrolling itself.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const measure = () => setScrolls(node.scrollWidth > node.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    if (node.firstElementChild) observer.observe(node.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      role={scrolls ? 'region' : undefined}
      aria-label={scrolls ? label : undefined}
      tabIndex={scrolls ? 0 : undefined}
      style={{ overflowX: 'auto', maxWidth: '100%' }}
    >
      {children}
    </div>
  );
}

/** The style of a table inside a ScrollRegion: as wide as its content, at least the region's. */
export const WIDE_TABLE = { minWidth: 'max-content' } as const;
