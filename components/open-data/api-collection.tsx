// One collection of the API on the /api page, rendered from the OpenAPI document: its list and
// item endpoints, their parameters (the zod schemas' own descriptions) and the fields returned.
import { describeSchema, fieldType } from "@/components/open-data/schema-text";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { openDataLabels } from "@/lib/copy/open-data";

type Schema = Record<string, unknown> & { description?: string };
type Operation = { description?: string; parameters: { name: string; in: string; description?: string; schema?: Schema }[] };
/** The parts of the OpenAPI document (lib/open-data/openapi.ts) this page reads. */
type OpenApiDocument = {
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, { properties?: Record<string, Schema> } | undefined> };
};
const t = openDataLabels.api;

type Parameter = Operation["parameters"][number];

const parameterColumns: DataColumn<Parameter>[] = [
  { header: t.columns.name, rowHeader: true, cell: (parameter) => <code>{parameter.name}</code> },
  { header: t.columns.description, cell: (parameter) => `${parameter.description ?? ""}${parameter.in === "path" ? ` (${t.pathParameter})` : ""}` },
  { header: t.columns.values, cell: (parameter) => describeSchema(parameter.schema) },
];

const fieldColumns: DataColumn<[string, Schema]>[] = [
  { header: t.fieldColumns.name, rowHeader: true, cell: ([name]) => <code>{name}</code> },
  { header: t.fieldColumns.type, cell: ([, schema]) => fieldType(schema) },
  { header: t.fieldColumns.description, cell: ([, schema]) => schema.description ?? "" },
];

function Endpoint({ id, path, operation, example }: { id: string; path: string; operation: Operation; example: string }) {
  const parameters = operation.parameters.filter((parameter) => parameter.in !== "header");
  return (
    <>
      <p className="mt-2">
        <code className="rounded bg-surface px-1">GET {path}</code>
      </p>
      {operation.description ? <p className="mt-2">{operation.description}</p> : null}
      {parameters.length > 0 ? (
        <DataTable
          id={id}
          caption={t.parametersCaption(path)}
          columns={parameterColumns}
          rows={parameters}
          rowKey={(parameter) => parameter.name}
          className="mt-3"
        />
      ) : null}
      <p className="mt-2">
        {t.example} : {example.includes("{") ? <code>{example}</code> : <a href={example}>{example}</a>}
      </p>
    </>
  );
}

export function ApiCollection(props: {
  anchor: string;
  title: string;
  order: string;
  listPath: string;
  itemPath: string;
  document: Record<string, unknown>;
  itemSchemaId: string;
  examples: { list: string; item: string };
}) {
  const { anchor, title } = props;
  const document = props.document as OpenApiDocument;
  const fields = Object.entries(document.components.schemas[props.itemSchemaId]?.properties ?? {});
  return (
    <section aria-labelledby={`${anchor}-titre`} className="mt-10">
      <h2 id={`${anchor}-titre`} className="text-2xl font-bold">
        {title}
      </h2>
      <h3 className="mt-4 text-xl font-semibold">{t.listHeading}</h3>
      <Endpoint id={`${anchor}-liste`} path={props.listPath} operation={document.paths[props.listPath].get} example={props.examples.list} />
      <p className="mt-1 text-muted">{t.order(props.order)}</p>
      <h3 className="mt-6 text-xl font-semibold">{t.itemHeading}</h3>
      <Endpoint id={`${anchor}-element`} path={props.itemPath} operation={document.paths[props.itemPath].get} example={props.examples.item} />
      <details className="mt-4">
        <summary className="cursor-pointer font-semibold">{t.fieldsSummary}</summary>
        <DataTable id={`${anchor}-champs`} caption={t.fieldsCaption(title)} columns={fieldColumns} rows={fields} rowKey={([name]) => name} className="mt-3" />
      </details>
    </section>
  );
}
