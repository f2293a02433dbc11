import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';

export interface GraphNode {
  id: string;
  label: string;
  /** 0 for the person at the centre, else hops away. */
  hops: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  label?: string;
  /** Drawn dashed: known to be connected, through people not shown. */
  indirect?: boolean;
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': '#6b8afd',
      color: '#1d2433',
      'font-size': 12,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      width: 28,
      height: 28,
    },
  },
  { selector: 'node[hops = 0]', style: { 'background-color': '#f2a541', width: 38, height: 38 } },
  { selector: 'node[hops >= 2]', style: { 'background-color': '#a9b8f5' } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': '#9aa5c0',
      'target-arrow-color': '#9aa5c0',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 10,
      color: '#5b6478',
    },
  },
  { selector: 'edge[?indirect]', style: { 'line-style': 'dashed' } },
];

/** An interactive picture (drag, pan, pinch-zoom) of people and who vouches for whom. */
export function TrustGraph({
  nodes,
  edges,
  label,
}: {
  nodes: GraphNode[];
  edges: GraphEdge[];
  label: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const key = JSON.stringify([nodes, edges]);
  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements: [
        ...nodes.map((n) => ({ data: { ...n } })),
        ...edges.map((e, i) => ({ data: { id: `e${i}`, ...e } })),
      ],
      style: STYLE,
      layout: {
        name: 'concentric',
        concentric: (n) => 10 - Number(n.data('hops')),
        levelWidth: () => 1,
        minNodeSpacing: 80,
        padding: 30,
      },
      // A graph of two people should not fill the box with two giant circles.
      maxZoom: 1.3,
      minZoom: 0.2,
      wheelSensitivity: 0.3,
    });
    return () => cy.destroy();
    // The picture is rebuilt when the data changes, not on every render.
  }, [key]);
  return <div ref={container} className="graph" role="img" aria-label={label} data-testid="trust-graph" />;
}
