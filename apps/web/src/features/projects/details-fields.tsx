import { Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectKind } from './types';

type Field =
  | { name: string; type: 'text'; max: number; optional?: boolean }
  | { name: string; type: 'int'; min: number; max: number; optional?: boolean }
  | { name: string; type: 'date' | 'bool' }
  | { name: string; type: 'tags'; min?: number }
  | { name: string; type: 'select'; options: string[] }
  | { name: string; type: 'objects'; fields: Field[]; labels: Record<string, string> };

/** Each kind's details, with the api's rules (libs/programmes dto/project-details.dto.ts). */
const DETAILS: Record<ProjectKind, Field[]> = {
  order_class: [
    { name: 'majorCode', type: 'text', max: 6 },
    { name: 'cohortYear', type: 'int', min: 2000, max: 2100 },
    { name: 'cohortSize', type: 'int', min: 1, max: 10000 },
    { name: 'curriculumCoDesigned', type: 'bool' },
  ],
  industry_college: [
    { name: 'coDevelopedCourses', type: 'tags' },
    { name: 'enterpriseTeachingHours', type: 'int', min: 0, max: 1_000_000 },
    { name: 'teacherPracticeMonths', type: 'int', min: 0, max: 100_000 },
    { name: 'trainingBases', type: 'int', min: 0, max: 1000 },
  ],
  rnd_project: [
    { name: 'problem', type: 'text', max: 1000 },
    {
      name: 'team',
      type: 'objects',
      labels: { name: 'teamName', role: 'teamRole' },
      fields: [
        { name: 'name', type: 'text', max: 50 },
        { name: 'role', type: 'select', options: ['teacher', 'expert', 'engineer'] },
      ],
    },
    { name: 'budget', type: 'int', min: 0, max: 100_000_000_000 },
    { name: 'deliverables', type: 'tags' },
    { name: 'patents', type: 'int', min: 0, max: 1000, optional: true },
  ],
  teacher_practice: [
    { name: 'teacherName', type: 'text', max: 50 },
    { name: 'from', type: 'date' },
    { name: 'to', type: 'date' },
    { name: 'days', type: 'int', min: 1, max: 366 },
    { name: 'tasks', type: 'tags' },
  ],
  part_time_teaching: [
    { name: 'teacherName', type: 'text', max: 50 },
    { name: 'teacherType', type: 'select', options: ['expert', 'engineer'] },
    { name: 'courses', type: 'tags', min: 1 },
    { name: 'hoursPerTerm', type: 'int', min: 1, max: 2000 },
  ],
  competition: [
    { name: 'level', type: 'select', options: ['school', 'city', 'province', 'national'] },
    { name: 'skill', type: 'text', max: 100 },
    { name: 'organiser', type: 'text', max: 100 },
    { name: 'sponsors', type: 'tags' },
    { name: 'judges', type: 'tags' },
    { name: 'participants', type: 'int', min: 0, max: 1_000_000 },
    { name: 'awards', type: 'int', min: 0, max: 1_000_000, optional: true },
  ],
  incubation: [
    { name: 'base', type: 'text', max: 100 },
    { name: 'entity', type: 'text', max: 100 },
    {
      name: 'founders',
      type: 'objects',
      labels: { name: 'founderName', college: 'founderCollege', graduationYear: 'graduationYear' },
      fields: [
        { name: 'name', type: 'text', max: 50 },
        { name: 'college', type: 'text', max: 100 },
        { name: 'graduationYear', type: 'int', min: 1950, max: 2100 },
      ],
    },
  ],
};

/** Dates in the form are dayjs values; the api takes YYYY-MM-DD. */
export function detailsOf(kind: ProjectKind, values: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const field of DETAILS[kind]) {
    const value = values[field.name];
    if (value === undefined || value === null || value === '') continue;
    out[field.name] =
      field.type === 'date' ? (value as { format(f: string): string }).format('YYYY-MM-DD') : value;
  }
  return out;
}

/** The form items of one kind's details, under `details.<field>`. */
export function DetailsFields({ kind }: { kind: ProjectKind }) {
  const { t } = useTranslation('projects');
  const required = { required: true, message: t('create.required') };
  const input = (field: Field, label: string) => {
    switch (field.type) {
      case 'text':
        return field.max > 200 ? (
          <Input.TextArea rows={3} maxLength={field.max} aria-label={label} />
        ) : (
          <Input maxLength={field.max} aria-label={label} />
        );
      case 'int':
        return (
          <InputNumber
            min={field.min}
            max={field.max}
            precision={0}
            style={{ width: '100%' }}
            aria-label={label}
          />
        );
      case 'date':
        return <DatePicker style={{ width: '100%' }} aria-label={label} />;
      case 'bool':
        return <Switch aria-label={label} />;
      case 'tags':
        return <Select mode="tags" open={false} suffixIcon={null} aria-label={label} />;
      case 'select':
        return (
          <Select
            aria-label={label}
            options={field.options.map((o) => ({ value: o, label: t(`details.option.${o}`) }))}
          />
        );
      default:
        return null;
    }
  };
  return (
    <>
      {DETAILS[kind].map((field) => {
        const label = t(`details.${field.name}`);
        if (field.type === 'objects') {
          return (
            <Form.Item key={field.name} label={label} required>
              <Form.List name={['details', field.name]} initialValue={[{}]}>
                {(rows, { add, remove }) => (
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    {rows.map((row, index) => (
                      <Card size="small" key={row.key}>
                        <Space wrap align="start">
                          {field.fields.map((sub) => {
                            const subLabel = `${t(`details.${field.labels[sub.name]}`)} ${index + 1}`;
                            return (
                              <Form.Item
                                key={sub.name}
                                name={[row.name, sub.name]}
                                label={subLabel}
                                rules={[required]}
                              >
                                {input(sub, subLabel)}
                              </Form.Item>
                            );
                          })}
                          {rows.length > 1 ? (
                            <Button onClick={() => remove(row.name)}>{t('create.remove')}</Button>
                          ) : null}
                        </Space>
                      </Card>
                    ))}
                    <Button onClick={() => add({})}>{t('create.add')}</Button>
                  </Space>
                )}
              </Form.List>
            </Form.Item>
          );
        }
        const optional =
          field.type === 'bool' ||
          ((field.type === 'int' || field.type === 'text') && field.optional) ||
          (field.type === 'tags' && !field.min);
        return (
          <Form.Item
            key={field.name}
            name={['details', field.name]}
            label={label}
            valuePropName={field.type === 'bool' ? 'checked' : 'value'}
            initialValue={field.type === 'bool' ? false : field.type === 'tags' ? [] : undefined}
            rules={optional ? [] : [required]}
            extra={field.type === 'tags' ? t('details.listHelp') : undefined}
          >
            {input(field, label)}
          </Form.Item>
        );
      })}
    </>
  );
}
