import { graphql } from '../../../gql';

// 契約書のひな形: the client service contract and NDA texts (orders node) and the worker basic
// contract text (workers node); every save is a new version.

export const AdminContractTemplatesQuery = graphql(`
  query AdminContractTemplates {
    contractTemplates {
      orgId
      id
      kind
      version
      title
      body
      savedAt
    }
    basicContractTemplates {
      orgId
      id
      version
      title
      body
      savedAt
    }
  }
`);

export const AdminSaveContractTemplateMutation = graphql(`
  mutation AdminSaveContractTemplate($input: SaveContractTemplateInput!) {
    saveContractTemplate(input: $input) {
      orgId
      id
      version
    }
  }
`);

export const AdminSaveBasicContractTemplateMutation = graphql(`
  mutation AdminSaveBasicContractTemplate($input: SaveBasicContractTemplateInput!) {
    saveBasicContractTemplate(input: $input) {
      orgId
      id
      version
    }
  }
`);
