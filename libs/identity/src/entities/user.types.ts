/** Languages of the platform's messages. Apart from the entity: importing it pulls no TypeORM. */
export type Locale = 'zh-CN' | 'en';
