/**
 * A ResizeObserver that also reports once, at once, when it starts observing. react-three-fiber's <Canvas>
 * measures its container with one (through react-use-measure) and creates the WebGL renderer only when the size
 * is known; a plain observer first reports at the next rendering step, after the whole page has been laid out
 * and painted, which delays the body's first frame. With this class (and no debounce) the canvas starts as soon
 * as React has committed the page. Later size changes still come from the real observer.
 */
export class MeasureNowObserver implements ResizeObserver {
  private readonly observer: ResizeObserver

  constructor(private readonly callback: ResizeObserverCallback) {
    this.observer = new ResizeObserver(callback)
  }

  observe(target: Element, options?: ResizeObserverOptions): void {
    this.observer.observe(target, options)
    // react-use-measure reads the element's bounds itself; the entries are not used.
    this.callback([], this)
  }

  unobserve(target: Element): void {
    this.observer.unobserve(target)
  }

  disconnect(): void {
    this.observer.disconnect()
  }
}
