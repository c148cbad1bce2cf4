/**
 * The portfolio review tool's island. The tool itself (ReviewTool: the review,
 * its store, the similarity checks and every step) is the largest script on the
 * site, and it sits below the introduction and the six questions, which are
 * useful on their own. So it loads when it is nearly in view, or at the first
 * key press, tap, click or scroll, not on first load: the page is readable and
 * responds at once, and the tool is there by the time anyone reaches it.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
// Imported here, not by the tool, so they are written into the page and the tool appears already styled.
import '../portfolio.scss';
import '../portfolio-print.scss';
import '../../site/islands/TableScroll.scss';
import ToolLoading from '../components/ToolLoading';

const FIRST_USE = ['keydown', 'pointerdown', 'wheel', 'scroll', 'beforeprint'] as const;

export default function PortfolioReview() {
  const [Tool, setTool] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState(false);
  const placeholder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let started = false;
    const stop = () => {
      near.disconnect();
      for (const type of FIRST_USE) removeEventListener(type, start, true);
    };
    function start() {
      if (started) return;
      started = true;
      stop();
      import('./ReviewTool').then(
        (m) => setTool(() => m.default),
        () => setFailed(true),
      );
    }
    // Half a screen ahead, so scrolling down never meets an empty space.
    const near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: '50% 0px' });
    if (placeholder.current) near.observe(placeholder.current);
    for (const type of FIRST_USE) addEventListener(type, start, { capture: true, passive: true });
    return stop;
  }, []);

  return Tool ? <Tool /> : <ToolLoading failed={failed} boxRef={placeholder} />;
}
