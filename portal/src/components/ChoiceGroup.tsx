import { useId, type ReactNode, type Ref } from 'react';

export interface Choice<Value extends string> {
  value: Value;
  label: string;
  /** One plain line under the label, e.g. what the choice means. */
  description?: ReactNode;
  disabled?: boolean;
}

interface ChoiceGroupFrameProps {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  /** Lays the choices out side by side when they are short. */
  inline?: boolean;
  /** Narrower boxes, for choices of a word or two (e.g. 1 to 5). */
  compact?: boolean;
}

interface ChoiceGroupProps<Value extends string> extends ChoiceGroupFrameProps {
  name: string;
  choices: ReadonlyArray<Choice<Value>>;
  /** The first input, to focus it when the group has an error. */
  firstInputRef?: Ref<HTMLInputElement>;
  disabled?: boolean;
}

export interface CheckboxGroupProps<Value extends string> extends ChoiceGroupProps<Value> {
  values: readonly Value[];
  onChange: (values: Value[]) => void;
}

export interface RadioGroupProps<Value extends string> extends ChoiceGroupProps<Value> {
  value: Value | '';
  onChange: (value: Value) => void;
}

function Frame({
  legend,
  hint,
  error,
  optional,
  inline,
  compact,
  ids,
  children,
}: ChoiceGroupFrameProps & { ids: { hintId?: string; errorId?: string }; children: ReactNode }) {
  const describedBy = [ids.errorId, ids.hintId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="choice-group" aria-describedby={describedBy}>
      <legend className="field-label">
        {legend}
        {optional && <span className="field-optional"> (optional)</span>}
      </legend>
      {hint && (
        <p id={ids.hintId} className="field-hint">
          {hint}
        </p>
      )}
      <div className={['choices', inline && 'choices-inline', compact && 'choices-compact'].filter(Boolean).join(' ')}>
        {children}
      </div>
      {error && (
        <p id={ids.errorId} className="field-error">
          <span aria-hidden="true">⚠</span>
          <span>{error}</span>
        </p>
      )}
    </fieldset>
  );
}

function Option<Value extends string>({
  type,
  id,
  name,
  choice,
  checked,
  disabled,
  invalid,
  inputRef,
  onChange,
}: {
  type: 'checkbox' | 'radio';
  id: string;
  name: string;
  choice: Choice<Value>;
  checked: boolean;
  disabled?: boolean;
  invalid?: boolean;
  inputRef?: Ref<HTMLInputElement> | undefined;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="choice">
      <input
        ref={inputRef}
        id={id}
        type={type}
        name={name}
        value={choice.value}
        checked={checked}
        disabled={disabled || choice.disabled}
        onChange={(event) => onChange(event.target.checked)}
        aria-invalid={invalid || undefined}
        aria-describedby={choice.description ? `${id}-description` : undefined}
      />
      <div className="choice-text">
        <label htmlFor={id} className="choice-label">
          {choice.label}
        </label>
        {choice.description && (
          <span id={`${id}-description`} className="choice-description">
            {choice.description}
          </span>
        )}
      </div>
    </div>
  );
}

/** Several choices at once (checkboxes), each with a line that says what it means. */
export function CheckboxGroup<Value extends string>({
  name,
  choices,
  values,
  onChange,
  firstInputRef,
  disabled,
  ...frame
}: CheckboxGroupProps<Value>) {
  const id = useId();
  const ids = { hintId: frame.hint ? `${id}-hint` : undefined, errorId: frame.error ? `${id}-error` : undefined };
  return (
    <Frame {...frame} ids={ids}>
      {choices.map((choice, index) => (
        <Option
          key={choice.value}
          type="checkbox"
          id={`${id}-${index}`}
          name={name}
          choice={choice}
          checked={values.includes(choice.value)}
          disabled={disabled}
          invalid={Boolean(frame.error)}
          inputRef={index === 0 ? firstInputRef : undefined}
          onChange={(checked) =>
            onChange(
              checked
                ? choices.map((item) => item.value).filter((value) => value === choice.value || values.includes(value))
                : values.filter((value) => value !== choice.value),
            )
          }
        />
      ))}
    </Frame>
  );
}

/** One choice of a few (radio buttons), each with a line that says what it means. */
export function RadioGroup<Value extends string>({
  name,
  choices,
  value,
  onChange,
  firstInputRef,
  disabled,
  ...frame
}: RadioGroupProps<Value>) {
  const id = useId();
  const ids = { hintId: frame.hint ? `${id}-hint` : undefined, errorId: frame.error ? `${id}-error` : undefined };
  return (
    <Frame {...frame} ids={ids}>
      {choices.map((choice, index) => (
        <Option
          key={choice.value}
          type="radio"
          id={`${id}-${index}`}
          name={`${name}-${id}`}
          choice={choice}
          checked={value === choice.value}
          disabled={disabled}
          invalid={Boolean(frame.error)}
          inputRef={index === 0 ? firstInputRef : undefined}
          onChange={(checked) => {
            if (checked) onChange(choice.value);
          }}
        />
      ))}
    </Frame>
  );
}
