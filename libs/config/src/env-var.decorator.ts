import 'reflect-metadata';

export interface EnvVarOptions {
  /** One sentence for the README and for boot errors. */
  description: string;
  /** Secrets are never echoed back, not even in a validation error. */
  secret?: boolean;
}

export interface EnvVarDescriptor extends EnvVarOptions {
  name: string;
}

const ENV_VARS = Symbol('kyodo:env-vars');

/** Marks a config class property as an environment variable with its description. */
export function EnvVar(options: EnvVarOptions): PropertyDecorator {
  return (target, propertyKey) => {
    const existing: EnvVarDescriptor[] = Reflect.getMetadata(ENV_VARS, target.constructor) ?? [];
    Reflect.defineMetadata(ENV_VARS, [...existing, { name: String(propertyKey), ...options }], target.constructor);
  };
}

/** Every variable a config class declares, in declaration order. */
export function describeEnv(configClass: new () => object): EnvVarDescriptor[] {
  return Reflect.getMetadata(ENV_VARS, configClass) ?? [];
}
