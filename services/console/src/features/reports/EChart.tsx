import { Box } from '@mantine/core';
import type { EChartsOption } from 'echarts';
import { useEffect, useRef } from 'react';

/**
 * One ECharts chart in the page, drawn from an option of @kyodo/charts (the same the server
 * renders to SVG). echarts is fetched on first use, so only report screens download it. The
 * figures are also in the tables beside each chart; the chart is a labelled image to a reader.
 */
export function EChart({ option, label, height = 360 }: { option: EChartsOption; label: string; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let dispose: (() => void) | undefined;
    let onResize: (() => void) | undefined;
    void import('echarts').then((echarts) => {
      if (disposed || !ref.current) return;
      const chart = echarts.init(ref.current, null, { renderer: 'svg' });
      chart.setOption(option);
      onResize = () => chart.resize();
      window.addEventListener('resize', onResize);
      dispose = () => chart.dispose();
    });
    return () => {
      disposed = true;
      if (onResize) window.removeEventListener('resize', onResize);
      dispose?.();
    };
  }, [option]);
  return <Box ref={ref} role="img" aria-label={label} h={height} w="100%" data-testid="echart" />;
}
