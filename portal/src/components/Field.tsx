import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  /** Hides the label visually; screen readers still read it. */
  hideLabel?: boolean;
}

/** Ids that tie a control to its hint and error, for aria-describedby. */
function useFieldIds(hint: unknown, error: unknown) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

function FieldFrame({
  id,
  hintId,
  errorId,
  label,
  hint,
  error,
  optional,
  hideLabel,
  children,
}: FieldFrameProps & { id: string; hintId?: string; errorId?: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
        {optional && <span className="field-optional"> (optional)</span>}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={errorId} className="field-error">
          <span aria-hidden="true">⚠</span>
          <span>{error}</span>
        </p>
      )}
    </div>
  );
}

export interface TextFieldProps extends FieldFrameProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled input; its hint and error are announced with it. */
export function TextField({ label, hint, error, optional, hideLabel, inputRef, className, ...input }: TextFieldProps) {
  const { id, hintId, errorId, describedBy } = useFieldIds(hint, error);
  return (
    <FieldFrame {...{ id, hintId, errorId, label, hint, error, optional, hideLabel }}>
      <input
        {...input}
        ref={inputRef}
        id={id}
        className={['input', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        required={optional ? false : input.required}
      />
    </FieldFrame>
  );
}

export interface TextAreaFieldProps extends FieldFrameProps, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  textAreaRef?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line input, for descriptions and reasons. */
export function TextAreaField({
  label,
  hint,
  error,
  optional,
  hideLabel,
  textAreaRef,
  className,
  rows = 3,
  ...textarea
}: TextAreaFieldProps) {
  const { id, hintId, errorId, describedBy } = useFieldIds(hint, error);
  return (
    <FieldFrame {...{ id, hintId, errorId, label, hint, error, optional, hideLabel }}>
      <textarea
        {...textarea}
        ref={textAreaRef}
        id={id}
        rows={rows}
        className={['input', 'textarea', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        required={optional ? false : textarea.required}
      />
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/** Options under a heading of their own (an <optgroup>), e.g. "Suggested". */
export interface SelectOptionGroup {
  label: string;
  options: readonly SelectOption[];
}

export interface SelectFieldProps extends FieldFrameProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  options: readonly SelectOption[];
  /** Further options in labelled groups, after `options`. */
  groups?: readonly SelectOptionGroup[];
  /** A first, empty choice such as "Choose an account". */
  placeholder?: string;
  selectRef?: Ref<HTMLSelectElement>;
}

export function SelectField({
  label,
  hint,
  error,
  optional,
  hideLabel,
  options,
  groups = [],
  placeholder,
  selectRef,
  className,
  ...select
}: SelectFieldProps) {
  const { id, hintId, errorId, describedBy } = useFieldIds(hint, error);
  return (
    <FieldFrame {...{ id, hintId, errorId, label, hint, error, optional, hideLabel }}>
      <select
        {...select}
        ref={selectRef}
        id={id}
        className={['select', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
        {groups
          .filter((group) => group.options.length > 0)
          .map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value} disabled={option.disabled}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </FieldFrame>
  );
}
