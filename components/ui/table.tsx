import type { ReactNode } from "react";

/** A table's column headers (`scope="col"`), one class for all; a `{ label, className }` cell adds its own classes. */
export function HeaderCells({
  cells,
  className,
}: {
  cells: Array<ReactNode | { label: ReactNode; className: string }>;
  className: string;
}) {
  return cells.map((cell, i) => {
    const own = typeof cell === "object" && cell !== null && "className" in cell ? cell : null;
    return (
      <th key={i} scope="col" className={own ? `${className} ${own.className}` : className}>
        {own ? own.label : (cell as ReactNode)}
      </th>
    );
  });
}
