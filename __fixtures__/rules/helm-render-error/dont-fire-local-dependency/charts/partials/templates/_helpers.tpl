{{- define "partials.fullname" -}}
{{ .Release.Name }}-{{ .Chart.Name }}
{{- end -}}
